using System.Diagnostics;
using Checkout.Surge;

// Surge: buyers arrive at a fixed rate for a bounded time, each with their own cookies; every n-th one reserves.
// Usage: dotnet Checkout.Surge.dll --base http://127.0.0.1:<port>/ --out <file.md> [--rate 25] [--seconds 60]
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

// A surge meets a running shop, not a fresh process: compile the pages and fill the caches first (GETs only, no seat
// changes, not measured).
using (var warmUp = new HttpClient { BaseAddress = options.BaseAddress, Timeout = TimeSpan.FromSeconds(30) })
{
    string[] pages = ["", .. options.BrowseEvents.Concat(options.ReserveEvents).Select(id => $"event/{id}")];
    for (var round = 0; round < 3; round++)
    {
        foreach (var page in pages)
        {
            using var response = await warmUp.GetAsync(page);
            response.EnsureSuccessStatusCode();
        }
    }
}

using var inventory = new SandboxInventory(options);
var freeBefore = await inventory.FreeSeatsAsync(options.ReserveEvents);
var recorder = new SurgeRecorder();
var random = new Random(7);

Console.WriteLine($"Surge: {options.Arrivals} buyers over {options.Seconds} s ({options.ArrivalsPerSecond}/s), " +
    $"every {options.ReserveEvery}th reserving {options.TicketsPerReservation} tickets of {string.Join("/", options.ReserveEvents)}");
var clock = Stopwatch.StartNew();
var visitors = new List<Task>(options.Arrivals);
var reservations = 0;
for (var i = 0; i < options.Arrivals; i++)
{
    var due = TimeSpan.FromSeconds((double)i / options.ArrivalsPerSecond);
    if (due > clock.Elapsed)
    {
        await Task.Delay(due - clock.Elapsed);
    }

    var visitor = new Visitor(options, recorder);
    if (i % options.ReserveEvery == options.ReserveEvery - 1)
    {
        var target = options.ReserveEvents[reservations++ % options.ReserveEvents.Count];
        visitors.Add(Task.Run(() => visitor.ReserveAsync(target)));
    }
    else
    {
        var browsed = options.BrowseEvents[random.Next(options.BrowseEvents.Count)];
        visitors.Add(Task.Run(() => visitor.BrowseAsync(browsed)));
    }
}

var arrivedIn = clock.Elapsed;
var all = Task.WhenAll(visitors);
if (await Task.WhenAny(all, Task.Delay(options.Drain)) != all)
{
    recorder.Error("drain", $"{visitors.Count(v => !v.IsCompleted)} visitors unfinished {options.Drain.TotalSeconds:0} s after the last arrival");
}

var freeAfter = await inventory.FreeSeatsAsync(options.ReserveEvents);
var books = options.ReserveEvents
    .Select(id => new EventBooks(id, freeBefore[id], recorder.TicketsHeld.GetValueOrDefault(id), freeAfter[id]))
    .ToList();
var report = new SurgeReport(options, recorder, books, arrivedIn, clock.Elapsed);

Console.WriteLine(report.Markdown());
await File.WriteAllTextAsync(options.OutputFile, report.Markdown());
Console.WriteLine($"Written to {options.OutputFile}");
return report.MeetsGoals ? 0 : 1;
