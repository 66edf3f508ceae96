using System.Diagnostics;

namespace Checkout.Surge;

/// <summary>
/// One step of the curve: buyers arrive at a fixed rate for the step's seconds (an open model: a slow shop does not slow
/// the arrivals), each with their own cookies; every n-th one reserves. The step ends when every visitor is done or the
/// drain has passed (then the rest is cancelled); the seat books are read before and after.
/// </summary>
public sealed class SurgeStep(SurgeOptions options, SandboxInventory inventory)
{
    public async Task<StepResult> RunAsync(int number, int perMinute)
    {
        var freeBefore = await inventory.FreeSeatsAsync(options.ReserveEvents);
        var recorder = new SurgeRecorder();
        var random = new Random(7 + number);
        var arrivals = (int)Math.Round(perMinute * options.StepSeconds / 60.0);
        var perSecond = perMinute / 60.0;
        var loadAtStart = ProcessWatch.LoadAverage();
        using var stepEnd = new CancellationTokenSource();
        await using var watch = ProcessWatch.Start(options.Watched);
        var clock = Stopwatch.StartNew();
        var visitors = new List<Task>(arrivals);
        var lag = TimeSpan.Zero;
        var reservations = 0;
        for (var i = 0; i < arrivals; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            else if (clock.Elapsed - due > lag)
            {
                lag = clock.Elapsed - due;
            }

            var visitor = new Visitor(options, recorder, stepEnd.Token);
            if (i % options.ReserveEvery == options.ReserveEvery - 1)
            {
                var target = options.ReservationTarget(reservations++);
                visitors.Add(Task.Run(() => visitor.ReserveAsync(target)));
            }
            else
            {
                var browsed = options.BrowseEvents[random.Next(options.BrowseEvents.Count)];
                visitors.Add(Task.Run(() => visitor.BrowseAsync(browsed)));
            }
        }

        // The rate the buyers arrived at: the last one arrived at (arrivals - 1) / rate seconds after the first.
        var arrivedIn = clock.Elapsed + TimeSpan.FromSeconds(1 / perSecond);
        var all = Task.WhenAll(visitors);
        var unfinished = 0;
        if (await Task.WhenAny(all, Task.Delay(options.Drain)) != all)
        {
            unfinished = visitors.Count(v => !v.IsCompleted);
            await stepEnd.CancelAsync();
            await all;
        }

        var (resources, machine) = await watch.StopAsync();
        var freeAfter = await inventory.FreeSeatsAsync(options.ReserveEvents);
        var books = options.ReserveEvents
            .Select(id => new EventBooks(id, freeBefore[id], recorder.TicketsHeld.GetValueOrDefault(id), freeAfter[id]))
            .ToList();
        return new StepResult(number, perMinute, recorder, books, arrivedIn, lag, unfinished, resources, machine, loadAtStart);
    }
}
