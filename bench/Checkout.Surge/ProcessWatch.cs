using System.Diagnostics;
using System.Globalization;

namespace Checkout.Surge;

/// <summary>
/// CPU time and resident memory of the watched processes over one step, read from Linux's /proc: CPU as the difference
/// of each process's total processor time between start and stop, memory sampled every quarter second. The machine's
/// own busy time (/proc/stat) shows what else competed for the cores.
/// </summary>
public sealed class ProcessWatch : IAsyncDisposable
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(250);

    private readonly IReadOnlyList<(WatchedGroup Group, IReadOnlyList<int> Pids)> groups;
    private readonly Dictionary<int, TimeSpan> cpuAtStart;
    private readonly (long Busy, long Total) machineAtStart;
    private readonly Dictionary<string, long> rssMax = new(StringComparer.Ordinal);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampler;

    private ProcessWatch(IReadOnlyList<WatchedGroup> watched)
    {
        var children = ChildrenByParent();
        groups = [.. watched.Where(g => g.Roots.Count > 0).Select(g => (g, (IReadOnlyList<int>)[.. g.Roots.SelectMany(r => WithDescendants(r, children))]))];
        cpuAtStart = groups.SelectMany(g => g.Pids).Distinct().ToDictionary(pid => pid, CpuTime);
        machineAtStart = MachineTicks();
        sampler = SampleAsync(stop.Token);
    }

    public static ProcessWatch Start(IReadOnlyList<WatchedGroup> watched) => new(watched);

    public async Task<(IReadOnlyList<ResourceUsage> Roles, MachineUsage Machine)> StopAsync()
    {
        var wall = clock.Elapsed;
        var machine = MachineTicks();
        await stop.CancelAsync();
        await sampler;
        var roles = groups.Select(g =>
        {
            var cpu = g.Pids.Sum(pid => (CpuTime(pid) - cpuAtStart[pid]).TotalSeconds);
            var rssEnd = g.Pids.Sum(Rss);
            return new ResourceUsage(g.Group.Role, g.Pids.Count, cpu / wall.TotalSeconds, Math.Max(rssMax.GetValueOrDefault(g.Group.Role), rssEnd), rssEnd);
        }).ToList();
        var total = machine.Total - machineAtStart.Total;
        var busyCores = total == 0 ? 0 : (double)(machine.Busy - machineAtStart.Busy) / total * Environment.ProcessorCount;
        return (roles, new MachineUsage(Environment.ProcessorCount, busyCores, LoadAverage()));
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampler;
        stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken token)
    {
        using var timer = new PeriodicTimer(SampleEvery);
        try
        {
            do
            {
                foreach (var (group, pids) in groups)
                {
                    var rss = pids.Sum(Rss);
                    rssMax[group.Role] = Math.Max(rssMax.GetValueOrDefault(group.Role), rss);
                }
            }
            while (await timer.WaitForNextTickAsync(token));
        }
        catch (OperationCanceledException)
        {
            // Stopped: the samples so far are the step's.
        }
    }

    /// <summary>The load average as /proc/loadavg gives it: 1, 5 and 15 minutes.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static TimeSpan CpuTime(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.TotalProcessorTime;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return TimeSpan.Zero; // gone: counts nothing from here on
        }
    }

    private static long Rss(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.WorkingSet64;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return 0;
        }
    }

    /// <summary>Busy and total jiffies of all cores (busy = everything but idle and iowait).</summary>
    private static (long Busy, long Total) MachineTicks()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var total = cpu.Take(8).Sum(); // user nice system idle iowait irq softirq steal (guest time is inside user)
        return (total - cpu[3] - cpu[4], total);
    }

    private static IEnumerable<int> WithDescendants(int pid, ILookup<int, int> children) =>
        [pid, .. children[pid].SelectMany(c => WithDescendants(c, children))];

    /// <summary>Every process's parent, from /proc/[pid]/stat (the fourth field; the name before it may hold spaces).</summary>
    private static ILookup<int, int> ChildrenByParent()
    {
        var pairs = new List<(int Parent, int Child)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                pairs.Add((int.Parse(fields[1], CultureInfo.InvariantCulture), pid));
            }
            catch (IOException)
            {
                // The process ended while the list was read.
            }
        }

        return pairs.ToLookup(p => p.Parent, p => p.Child);
    }
}
