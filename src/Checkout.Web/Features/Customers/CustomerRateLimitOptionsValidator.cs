using Microsoft.Extensions.Options;

namespace Checkout.Web.Features.Customers;

/// <summary>"Customers:RateLimits:*" must allow at least one request per window, and a day at least one window's attempts.</summary>
internal sealed class CustomerRateLimitOptionsValidator : IValidateOptions<CustomerRateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, CustomerRateLimitOptions o)
    {
        var failures = new[]
            {
                (nameof(o.WindowMinutes), o.WindowMinutes), (nameof(o.LookupsPerIp), o.LookupsPerIp), (nameof(o.LookupsPerEmail), o.LookupsPerEmail),
                (nameof(o.AttemptsPerIp), o.AttemptsPerIp), (nameof(o.AttemptsPerEmail), o.AttemptsPerEmail),
                (nameof(o.AttemptsPerEmailPerDay), o.AttemptsPerEmailPerDay), (nameof(o.TokenLinksPerIp), o.TokenLinksPerIp),
            }
            .Where(s => s.Item2 is < 1 or > 10_000)
            .Select(s => $"{CustomerRateLimitOptions.Section}:{s.Item1} must be between 1 and 10000 (got {s.Item2}).")
            .ToList();
        if (o.AttemptsPerEmailPerDay < o.AttemptsPerEmail)
        {
            failures.Add($"{CustomerRateLimitOptions.Section}:{nameof(o.AttemptsPerEmailPerDay)} must be at least AttemptsPerEmail ({o.AttemptsPerEmail}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
