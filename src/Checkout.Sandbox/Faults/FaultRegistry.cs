using System.Text.RegularExpressions;
using Checkout.Sandbox.Hosting;
using Microsoft.Extensions.Options;

namespace Checkout.Sandbox.Faults;

/// <summary>The active fault rules: seeded from configuration, replaceable at runtime.</summary>
internal sealed class FaultRegistry(IOptions<SandboxOptions> options)
{
    private readonly Lock gate = new();
    private List<ActiveRule> rules = [.. options.Value.Faults.Select(r => new ActiveRule(r))];

    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (gate)
            {
                return [.. rules.Select(r => r.Rule)];
            }
        }
    }

    public void Replace(IEnumerable<FaultRule> replacement)
    {
        lock (gate)
        {
            rules = [.. replacement.Select(r => new ActiveRule(r))];
        }
    }

    public void Clear() => Replace([]);

    /// <summary>The first rule matching the request, consuming one use of a counted rule.</summary>
    public FaultRule? Match(string endpoint, string path, string? client)
    {
        lock (gate)
        {
            var hit = rules.FirstOrDefault(r => r.Matches(endpoint, path, client));
            if (hit is null)
            {
                return null;
            }
            if (hit.Remaining is not null && --hit.Remaining == 0)
            {
                rules.Remove(hit);
            }
            return hit.Rule;
        }
    }

    private sealed class ActiveRule(FaultRule rule)
    {
        private readonly Regex? endpoint = Glob(rule.Endpoint);
        private readonly Regex? path = Glob(rule.Path);

        public FaultRule Rule => rule;
        public int? Remaining { get; set; } = rule.Count;

        public bool Matches(string endpointName, string requestPath, string? client) =>
            (endpoint?.IsMatch(endpointName) ?? true)
            && (path?.IsMatch(requestPath) ?? true)
            && (rule.Client is null || string.Equals(rule.Client, client, StringComparison.OrdinalIgnoreCase));

        private static Regex? Glob(string? pattern) => string.IsNullOrEmpty(pattern)
            ? null
            : new Regex("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
