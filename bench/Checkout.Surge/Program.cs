using System.Globalization;
using Checkout.Surge;

// The capacity curve: buyers arrive at a stepped rate (each step bounded in time), each with their own cookies; every
// n-th one reserves. Per step: errors, oversell, latency per request kind, CPU and memory of the shop; the highest rate
// held with p95 < 500 ms and no errors. Usage: see SurgeOptions.Usage; bench/surge/run.sh starts the processes.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
SurgeOptions options;
try
{
    options = SurgeOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

using var inventory = new SandboxInventory(options);
await ShopWarmUp.RunAsync(options, inventory);

var loadAtStart = ProcessWatch.LoadAverage();
var steps = new List<StepResult>();
var step = new SurgeStep(options, inventory);
foreach (var perMinute in options.Steps)
{
    Console.WriteLine($"{options.Label}, step {steps.Count + 1}: {perMinute:#,0} buyers a minute for {options.StepSeconds} s (load average {ProcessWatch.LoadAverage()})");
    var result = await step.RunAsync(steps.Count + 1, perMinute);
    steps.Add(result);
    Console.WriteLine($"  {result.Recorder.Arrivals} buyers, {result.Errors} errors, worst p95 {result.Worst?.P95:0} ms ({result.Worst?.Kind}), " +
        $"shop CPU {result.Role(WatchedGroup.Shop)?.CpuCores:0.00} cores, machine {result.Machine.BusyFraction:P0} busy: " +
        (result.Held(options.P95Goal) ? "held" : "missed: " + result.Misses(options.P95Goal)));
    if (result.ClearlyFailed(options.P95Goal))
    {
        Console.WriteLine("  clearly failed: no higher step");
        break;
    }

    // The shop settles (queues drained, GC) before the next rate, so a step does not pay for the one before.
    await Task.Delay(TimeSpan.FromSeconds(2));
}

var report = new CurveReport(options, steps, loadAtStart);
var markdown = report.Markdown();
Console.WriteLine(markdown);
await File.WriteAllTextAsync(options.OutputFile, markdown);
if (options.SummaryFile.Length > 0)
{
    await File.AppendAllTextAsync(options.SummaryFile, report.SummaryRow() + "\n");
}

Console.WriteLine($"Written to {options.OutputFile}");
return report.MeetsGoals ? 0 : 1;
