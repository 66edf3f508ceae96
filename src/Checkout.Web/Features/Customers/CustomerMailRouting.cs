using Checkout.Web.Shell.Clients;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Features.Customers;

/// <summary>Which clients can receive codes and where their mail goes (SMTP, or the sandbox's development mailbox).</summary>
public sealed class CustomerMailRouting(IConfiguration configuration, IOptions<MailOptions> mail)
{
    public bool HasSmtp => !string.IsNullOrWhiteSpace(mail.Value.Host);

    /// <summary>
    /// A client on the embedded sandbox without SMTP gets the development mailbox; a client on a real VdM without SMTP
    /// cannot send codes (only signed tokens identify there), so real customers' codes never land in a page.
    /// </summary>
    public bool UsesDevelopmentMailbox(string clientKey) => !HasSmtp && UsesSandbox(configuration, clientKey);

    public bool CanSendCodes(string clientKey) => HasSmtp || UsesSandbox(configuration, clientKey);

    public string FromName(string clientKey, string brandName) =>
        configuration[ClientKeys.SettingPath(clientKey, "Mail:FromName")] is { Length: > 0 } name ? name : brandName;

    /// <summary>Further clients inherit the default client's base URL (as in UpstreamHostingExtensions).</summary>
    internal static bool UsesSandbox(IConfiguration configuration, string clientKey) => string.IsNullOrWhiteSpace(
        configuration[$"{ClientKeys.SettingPath(clientKey, "VoordeMensen")}:BaseUrl"] ?? configuration["VoordeMensen:BaseUrl"]);

    internal static bool AnyClientUsesSandbox(IConfiguration configuration) =>
        ClientKeys.From(configuration).Any(key => UsesSandbox(configuration, key));
}
