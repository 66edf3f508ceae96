using Checkout.Sandbox.Faults;
using Microsoft.Extensions.Options;

namespace Checkout.Sandbox.Hosting;

internal sealed class SandboxOptionsValidator : IValidateOptions<SandboxOptions>
{
    public ValidateOptionsResult Validate(string? name, SandboxOptions options)
    {
        List<string> failures = [];
        if (options.HoldMinutes is < 1 or > 1440)
        {
            failures.Add("Sandbox:HoldMinutes must be between 1 and 1440.");
        }
        if (options.PayLaterSeconds is < 0 or > 3600)
        {
            failures.Add("Sandbox:PayLaterSeconds must be between 0 and 3600.");
        }
        foreach (var (client, settings) in options.Clients)
        {
            if (string.IsNullOrWhiteSpace(settings.ApiKey))
            {
                failures.Add($"Sandbox:Clients:{client}:ApiKey must not be empty.");
            }
        }
        for (var i = 0; i < options.Faults.Count; i++)
        {
            failures.AddRange(FaultRuleValidator.Validate(options.Faults[i], $"Sandbox:Faults:{i}"));
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
