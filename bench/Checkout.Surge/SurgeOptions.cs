using System.Globalization;

namespace Checkout.Surge;

/// <summary>What one surge run does; every bound (arrivals, seconds, timeouts) is explicit so a run cannot grow.</summary>
public sealed record SurgeOptions
{
    /// <summary>Shop root on loopback, e.g. http://127.0.0.1:5180/.</summary>
    public required Uri BaseAddress { get; init; }

    public required string OutputFile { get; init; }

    /// <summary>Peppered key of the sandbox's demo client, to read seat availability before and after.</summary>
    public required string PepperedKey { get; init; }

    /// <summary>The shop's message when not enough tickets are left (a refusal in words, not an error).</summary>
    public required string SoldOutText { get; init; }

    /// <summary>The VdM client of the sandbox whose default venue the shop sells.</summary>
    public const string Client = "demo";

    public int ArrivalsPerSecond { get; init; } = 25;

    public int Seconds { get; init; } = 60;

    /// <summary>Every n-th arrival reserves (10 %).</summary>
    public int ReserveEvery { get; init; } = 10;

    public int TicketsPerReservation { get; init; } = 2;

    /// <summary>Events reservations go to, in turn: 10 and 54 free seats sell out during the run, the opera does not.</summary>
    public IReadOnlyList<int> ReserveEvents { get; init; } = [1021, 1022, 1071];

    /// <summary>Event pages browsing visitors open after the programme.</summary>
    public IReadOnlyList<int> BrowseEvents { get; init; } = [1001, 1002, 1003, 1004, 1005, 1011, 1012, 1041, 1061, 1062, 1072];

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long visitors still under way may finish once the last one has arrived.</summary>
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(30);

    public int Arrivals => ArrivalsPerSecond * Seconds;

    /// <summary>Parses "--base URL --out FILE [--rate N] [--seconds N]"; the rest comes from the repository.</summary>
    public static SurgeOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        string Required(string name) => values.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new ArgumentException($"Missing {name}. Usage: --base <url> --out <file.md> [--rate 25] [--seconds 60]");

        int Bounded(string name, int fallback, int max)
        {
            var value = values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
            return value is >= 1 and var v && v <= max ? v : throw new ArgumentException($"{name} must be 1..{max}.");
        }

        var baseAddress = new Uri(Required("--base").TrimEnd('/') + "/");
        if (!baseAddress.IsLoopback)
        {
            throw new ArgumentException("The surge runs against loopback only.");
        }

        var root = ShopSettings.RepositoryRoot();
        return new SurgeOptions
        {
            BaseAddress = baseAddress,
            OutputFile = Required("--out"),
            PepperedKey = ShopSettings.SandboxKey(root, Client),
            SoldOutText = ShopSettings.SoldOutText(root),
            ArrivalsPerSecond = Bounded("--rate", 25, 50),
            Seconds = Bounded("--seconds", 60, 90),
        };
    }
}
