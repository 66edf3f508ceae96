using Microsoft.Extensions.Options;

namespace Checkout.Web.Features.Customers;

/// <summary>Mail settings that would only fail when the first code is sent are refused at start-up.</summary>
internal sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Host))
        {
            if (options.Port is < 1 or > 65535)
            {
                failures.Add($"Mail:Port must be between 1 and 65535 (got {options.Port}).");
            }

            if (!Enum.TryParse<MailKit.Security.SecureSocketOptions>(options.Security, ignoreCase: true, out _))
            {
                failures.Add($"Mail:Security must be Auto, None, SslOnConnect, StartTls or StartTlsWhenAvailable (got '{options.Security}').");
            }

            if (!MimeKit.MailboxAddress.TryParse(options.FromAddress, out _))
            {
                failures.Add($"Mail:FromAddress must be an e-mail address (got '{options.FromAddress}').");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
