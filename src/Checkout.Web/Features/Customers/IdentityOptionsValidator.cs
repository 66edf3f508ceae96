using Checkout.Web.Shell.Clients;
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
