using System.Net;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Shell.Security;

/// <summary>A proxy list that does not parse would silently trust nobody (or the wrong network): refused at start-up.</summary>
internal sealed class ForwardedHeadersSettingsValidator : IValidateOptions<ForwardedHeadersSettings>
{
    public ValidateOptionsResult Validate(string? name, ForwardedHeadersSettings options)
    {
        const string section = ForwardedHeadersSettings.Section;
        var failures = new List<string>();
        for (var i = 0; i < options.KnownProxies.Count; i++)
        {
            if (!IPAddress.TryParse(options.KnownProxies[i], out _))
            {
                failures.Add($"{section}:KnownProxies:{i} must be an IP address (got '{options.KnownProxies[i]}').");
            }
        }

        for (var i = 0; i < options.KnownNetworks.Count; i++)
        {
            if (!IPNetwork.TryParse(options.KnownNetworks[i], out _))
            {
                failures.Add($"{section}:KnownNetworks:{i} must be a network in CIDR notation such as 10.0.0.0/24 (got '{options.KnownNetworks[i]}').");
            }
        }

        if (options.ForwardLimit is < 1 or > ForwardedHeadersSettings.MaxForwardLimit)
        {
            failures.Add($"{section}:ForwardLimit must be between 1 and {ForwardedHeadersSettings.MaxForwardLimit} (got {options.ForwardLimit}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
