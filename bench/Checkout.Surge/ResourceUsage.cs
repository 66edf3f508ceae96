namespace Checkout.Surge;

/// <summary>
/// One role's share of the machine during a step: CPU in cores (1.0 = one core busy the whole step) and resident memory
/// (the sum over its processes: the highest sample and the last).
/// </summary>
public sealed record ResourceUsage(string Role, int Processes, double CpuCores, long RssMaxBytes, long RssEndBytes);

/// <summary>The whole machine during a step: how busy its cores were (everything running, not only this run) and its load.</summary>
public sealed record MachineUsage(int Cores, double BusyCores, string LoadAverage)
{
    public double BusyFraction => Cores == 0 ? 0 : BusyCores / Cores;
}
