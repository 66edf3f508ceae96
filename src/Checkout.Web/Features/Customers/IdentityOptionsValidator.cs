using Checkout.Web.Features.Clients;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Features.Customers;

/// <summary>A configured identity secret must be long enough to make HMAC forgery impractical.</summary>
internal sealed class IdentityOptionsValidator : IValidateOptions<IdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, IdentityOptions options)
    {
        var key = string.IsNullOrEmpty(name) ? ClientKeys.Default : name;
        return !string.IsNullOrWhiteSpace(options.Secret) && options.Secret.Trim().Length < IdentityOptions.MinimumSecretLength
            ? ValidateOptionsResult.Fail($"{ClientKeys.SettingPath(key, "Identity:Secret")} must be at least {IdentityOptions.MinimumSecretLength} characters (or left out).")
            : ValidateOptionsResult.Success;
    }
}

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

/// <summary>"Customers:RateLimits:*" must allow at least one request per window.</summary>
internal sealed class CustomerRateLimitOptionsValidator : IValidateOptions<CustomerRateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, CustomerRateLimitOptions o)
    {
        var failures = new[]
            {
                (nameof(o.WindowMinutes), o.WindowMinutes), (nameof(o.LookupsPerIp), o.LookupsPerIp), (nameof(o.LookupsPerEmail), o.LookupsPerEmail),
                (nameof(o.AttemptsPerIp), o.AttemptsPerIp), (nameof(o.AttemptsPerEmail), o.AttemptsPerEmail),
            }
            .Where(s => s.Item2 is < 1 or > 10_000)
            .Select(s => $"{CustomerRateLimitOptions.Section}:{s.Item1} must be between 1 and 10000 (got {s.Item2}).")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
