namespace Checkout.Bench;

/// <summary>
/// The command line: a command, the app's base address, where the markdown goes, an optional count, and the rest of the
/// named arguments (those of circuit-heap).
/// </summary>
internal sealed record BenchOptions(string Command, Uri BaseUrl, string SummaryFile, string DetailsFile, int? Count, IReadOnlyDictionary<string, string> Named)
{
    private static readonly string[] Commands = ["stampede", "purchases", "memory", "circuit-heap", "cart-cookie", "hoarder"];

    public static BenchOptions? Parse(string[] args)
    {
        if (args.Length == 0 || !Commands.Contains(args[0]) || args.Length % 2 == 0)
        {
            return null;
        }

        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i += 2)
        {
            named[args[i]] = args[i + 1];
        }

        if (!named.TryGetValue("--base-url", out var baseUrl) || !Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var uri))
        {
            return null;
        }

        int? count = named.TryGetValue("--count", out var n) && int.TryParse(n, out var parsed) && parsed > 0 ? parsed : null;
        return new BenchOptions(args[0], uri, named.GetValueOrDefault("--summary", "/dev/null"), named.GetValueOrDefault("--details", "/dev/null"), count, named);
    }
}
