using Checkout.Web.Shell.Clients;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Features.Customers;

/// <summary>Which clients can receive codes and where their mail goes (SMTP, or the sandbox's development mailbox).</summary>
public sealed class CustomerMailRouting(IConfiguration configuration, IOptions<MailOptions> mail, IWebHostEnvironment environment)
{
    public const string MailboxSetting = "Sandbox:Mailbox";

    public bool HasSmtp => !string.IsNullOrWhiteSpace(mail.Value.Host);

    /// <summary>
    /// A client on the embedded sandbox without SMTP gets the development mailbox where it is shown; a client on a real
    /// VdM without SMTP, or a sandbox client whose mailbox is not shown, cannot send codes (only signed tokens identify
    /// there), so real customers' codes never land in a page and nobody else's code does on a public demo.
    /// </summary>
    public bool UsesDevelopmentMailbox(string clientKey) => !HasSmtp && UsesSandbox(configuration, clientKey) && MailboxShown(configuration, environment);

    public bool CanSendCodes(string clientKey) => HasSmtp || UsesDevelopmentMailbox(clientKey);

    /// <summary>
    /// /dev/mailbox shows every code sent (<c>?to=</c> anyone's): in Development, elsewhere only when
    /// <c>Sandbox:Mailbox</c> is true.
    /// </summary>
    internal static bool MailboxShown(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>(MailboxSetting) ?? environment.IsDevelopment();

    public string FromName(string clientKey, string brandName) =>
        configuration[ClientKeys.SettingPath(clientKey, "Mail:FromName")] is { Length: > 0 } name ? name : brandName;

    /// <summary>Further clients inherit the default client's base URL (as in UpstreamHostingExtensions).</summary>
    internal static bool UsesSandbox(IConfiguration configuration, string clientKey) => string.IsNullOrWhiteSpace(
        configuration[$"{ClientKeys.SettingPath(clientKey, "VoordeMensen")}:BaseUrl"] ?? configuration["VoordeMensen:BaseUrl"]);

    internal static bool AnyClientUsesSandbox(IConfiguration configuration) =>
        ClientKeys.From(configuration).Any(key => UsesSandbox(configuration, key));
}
