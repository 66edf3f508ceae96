using System.Globalization;

namespace Checkout.Surge;

/// <summary>What one curve run does; every bound (steps, rates, seconds, timeouts) is explicit so a run cannot grow.</summary>
public sealed record SurgeOptions
{
    public const string Usage =
        "Usage: --base <shop url> --sandbox <sandbox url> --peppered-key <key> --out <file.md> [--summary <rows.md>] [--label \"one instance\"] " +
        "[--steps 1500,3000,6000,12000,24000] [--step-seconds 20] [--shop-pids 1,2] [--sandbox-pid 3] [--nginx-pid 4] [--redis-pid 5]";

    /// <summary>Shop root on loopback, e.g. http://127.0.0.1:5180/ (one instance, or nginx in front of several).</summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>Root of the stand-alone sandbox the shop uses as VdM, e.g. http://127.0.0.1:5080/ (books and reset).</summary>
    public required Uri SandboxAddress { get; init; }

    public required string OutputFile { get; init; }

    /// <summary>Where the capacity row for bench/run.sh's summary table goes; none when empty.</summary>
    public string SummaryFile { get; init; } = "";

    /// <summary>What is measured, for the report: "one instance", "two instances behind nginx, Redis".</summary>
    public string Label { get; init; } = "one instance";

    /// <summary>
    /// Peppered key of the sandbox's demo client, to read seat availability before and after: the one bench/surge/run.sh
    /// gives the sandbox and the shop (a sandbox without a configured key makes up a random one).
    /// </summary>
    public required string PepperedKey { get; init; }

    /// <summary>The VdM client of the sandbox whose default venue the shop sells.</summary>
    public const string Client = "demo";

    /// <summary>Arrival rates of the curve's steps, in buyers per minute, each held for <see cref="StepSeconds"/>.</summary>
    public IReadOnlyList<int> Steps { get; init; } = [1_500, 3_000, 6_000, 12_000, 24_000];

    public int StepSeconds { get; init; } = 20;

    /// <summary>Every n-th arrival reserves (10 %).</summary>
    public int ReserveEvery { get; init; } = 10;

    public int TicketsPerReservation { get; init; } = 2;

    /// <summary>The shows everyone wants: every other reservation goes to one of them; 10 and 54 free seats sell out.</summary>
    public IReadOnlyList<int> HotEvents { get; init; } = [1021, 1022];

    /// <summary>The other reservations, in turn: ~2,600 free seats in the Grote Zaal, enough for a whole curve.</summary>
    public IReadOnlyList<int> SpreadEvents { get; init; } =
        [1071, 1072, 1011, 1012, 1013, 1041, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008];

    public IReadOnlyList<int> ReserveEvents => [.. HotEvents, .. SpreadEvents];

    /// <summary>Event pages browsing visitors open after the programme.</summary>
    public IReadOnlyList<int> BrowseEvents { get; init; } = [1001, 1002, 1003, 1004, 1005, 1011, 1012, 1041, 1061, 1062, 1072];

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a step's visitors still under way may finish once its last one has arrived; then they are cancelled.</summary>
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The goal a step must meet to count as held: every request kind's p95 below this, and no error.</summary>
    public TimeSpan P95Goal { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Processes whose CPU and memory are reported, by role (the shop's instances, the sandbox, nginx, Redis).</summary>
    public IReadOnlyList<WatchedGroup> Watched { get; init; } = [];

    /// <summary>The event reservation number <paramref name="n"/> (0-based) goes to.</summary>
    public int ReservationTarget(int n) => n % 2 == 0 ? HotEvents[n / 2 % HotEvents.Count] : SpreadEvents[n / 2 % SpreadEvents.Count];

    /// <summary>Parses the command line (see <see cref="Usage"/>).</summary>
    public static SurgeOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        string Required(string name) => values.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new ArgumentException($"Missing {name}. {Usage}");

        int Bounded(string text, string name, int min, int max) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max
                ? v
                : throw new ArgumentException($"{name} must be {min}..{max}, not '{text}'.");

        IReadOnlyList<int> Pids(string name) => values.TryGetValue(name, out var text) && text.Length > 0
            ? [.. text.Split(',').Select(p => Bounded(p.Trim(), name, 1, int.MaxValue))]
            : [];

        Uri Loopback(string name)
        {
            var uri = new Uri(Required(name).TrimEnd('/') + "/");
            return uri.IsLoopback ? uri : throw new ArgumentException($"{name}: the surge runs against loopback only.");
        }

        // 500 arrivals a second is far beyond what one 2-core machine generates and serves; the bound keeps typos small.
        var steps = values.TryGetValue("--steps", out var stepText)
            ? stepText.Split(',').Select(s => Bounded(s.Trim(), "--steps (buyers per minute)", 60, 30_000)).ToList()
            : null;
        if (steps is { Count: 0 or > 8 })
        {
            throw new ArgumentException("--steps takes 1..8 rates.");
        }

        var defaults = new SurgeOptions
        {
            BaseAddress = Loopback("--base"),
            SandboxAddress = Loopback("--sandbox"),
            OutputFile = Required("--out"),
            PepperedKey = Required("--peppered-key"),
        };
        return defaults with
        {
            SummaryFile = values.GetValueOrDefault("--summary", ""),
            Label = values.GetValueOrDefault("--label", defaults.Label),
            Steps = steps ?? defaults.Steps,
            StepSeconds = values.TryGetValue("--step-seconds", out var seconds) ? Bounded(seconds, "--step-seconds", 5, 90) : defaults.StepSeconds,
            Watched =
            [
                new WatchedGroup(WatchedGroup.Shop, Pids("--shop-pids")),
                new WatchedGroup(WatchedGroup.Sandbox, Pids("--sandbox-pid")),
                new WatchedGroup(WatchedGroup.Nginx, Pids("--nginx-pid")),
                new WatchedGroup(WatchedGroup.Redis, Pids("--redis-pid")),
                new WatchedGroup(WatchedGroup.Generator, [Environment.ProcessId]),
            ],
        };
    }
}
