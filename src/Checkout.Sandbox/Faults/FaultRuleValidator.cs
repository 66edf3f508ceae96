namespace Checkout.Sandbox.Faults;

internal static class FaultRuleValidator
{
    public static IEnumerable<string> Validate(FaultRule rule, string key)
    {
        if (!Enum.IsDefined(rule.Kind))
        {
            yield return $"{key}:Kind must be one of {string.Join(", ", Enum.GetNames<FaultKind>())}.";
        }
        if (rule.Kind is FaultKind.Status && rule.Value is < 100 or > 599)
        {
            yield return $"{key}:Value must be an HTTP status code (100-599) for kind Status.";
        }
        if (rule.Kind is FaultKind.Html && rule.Value != 0 && rule.Value is < 100 or > 599)
        {
            yield return $"{key}:Value must be 0 (502) or an HTTP status code for kind Html.";
        }
        if (rule.Kind is FaultKind.Latency && rule.Value is < 0 or > 600_000)
        {
            yield return $"{key}:Value must be a delay between 0 and 600000 milliseconds for kind Latency.";
        }
        if (rule.Count is < 1)
        {
            yield return $"{key}:Count must be at least 1 when set.";
        }
    }
}
