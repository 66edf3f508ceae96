using Microsoft.Playwright;

namespace Checkout.Bench;

/// <summary>
/// Figure 3: the app's memory per interactive circuit. <c>n</c> visitors each get a cart over HTTP first (so their
/// cart sessions are in the "before" reading), then each opens the checkout page in its own browser context and waits
/// for its circuit; the app's managed heap and working set after a forced, compacting GC are read before and after.
/// </summary>
internal sealed class CircuitMemoryBench(Uri baseAddress, SandboxAdmin admin, Browser browser, Report report)
{
    private const double MaxKbPerCircuit = 150;
    private const int WarmUpCircuits = 2;

    /// <param name="circuits">Circuits opened between the two readings.</param>
    /// <param name="atReading">Called right after each reading ("before", "after") while the circuits stay open, e.g. to
    /// take a heap snapshot of the same state.</param>
    public async Task RunAsync(int circuits, Func<string, Task>? atReading = null)
    {
        var visitors = new List<ShopVisitor>();
        var contexts = new List<IBrowserContext>();
        try
        {
            for (var i = 0; i < circuits + WarmUpCircuits; i++)
            {
                var visitor = new ShopVisitor(baseAddress);
                visitors.Add(visitor);
                await visitor.AddToCartAsync(Performances.Pick(i), quantity: 1);
            }

            // The first circuits pay for JIT, Razor and MudBlazor statics: they stay open but are not counted.
            foreach (var visitor in visitors.Take(WarmUpCircuits))
            {
                contexts.Add(await OpenCheckoutAsync(visitor));
            }

            var before = await admin.MemoryAsync();
            await (atReading?.Invoke("before") ?? Task.CompletedTask);
            foreach (var visitor in visitors.Skip(WarmUpCircuits))
            {
                contexts.Add(await OpenCheckoutAsync(visitor));
            }

            var after = await admin.MemoryAsync();
            await (atReading?.Invoke("after") ?? Task.CompletedTask);
            Publish(circuits, before, after);
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.CloseAsync();
            }

            visitors.ForEach(v => v.Dispose());
        }
    }

    private async Task<IBrowserContext> OpenCheckoutAsync(ShopVisitor visitor)
    {
        var context = await browser.OpenAsync(baseAddress, visitor);
        var page = context.Pages[0];
        await page.GotoAsync("checkout");
        await page.GetByTestId("place-order").WaitForAsync();
        await Browser.WaitForInteractiveAsync(page);
        return context;
    }

    private void Publish(int circuits, ProcessMemory before, ProcessMemory after)
    {
        static double Kb(long bytes, int n) => bytes / 1024.0 / n;
        var managed = Kb(after.ManagedBytes - before.ManagedBytes, circuits);
        var heap = Kb(after.HeapSizeBytes - before.HeapSizeBytes, circuits);
        var workingSet = Kb(after.WorkingSetBytes - before.WorkingSetBytes, circuits);
        static string Mb(long bytes) => Report.Number(bytes / 1024.0 / 1024.0) + " MB";

        // What it means for a venue: live checkouts one GB of managed heap holds.
        var perGb = managed > 0 ? (1024 * 1024 / managed).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) : "∞";
        report.Figure("3. Memory per interactive circuit",
            $"{Report.Number(managed)} KB managed heap ({Report.Number(workingSet)} KB working set) = {perGb} live checkouts per GB",
            $"≤ {MaxKbPerCircuit} KB", Report.AtMost(managed, MaxKbPerCircuit, "KB"));
        report.Details($"""
            ### 3. Memory per interactive circuit

            {circuits} visitors, each with one ticket in the cart (added over HTTP before the first reading, so cart sessions
            are not counted), each open the checkout page (buyer form, payment methods) in their own Chromium context and
            keep it open with a live circuit. The app reports its memory through `GET /sandbox/admin/memory` after a forced,
            blocking, compacting full GC; {WarmUpCircuits} warm-up circuits were opened before the first reading.

            | Reading | Managed heap (`GC.GetTotalMemory`) | GC heap size (`GCMemoryInfo.HeapSizeBytes`) | Working set |
            |---|---|---|---|
            | before | {Mb(before.ManagedBytes)} | {Mb(before.HeapSizeBytes)} | {Mb(before.WorkingSetBytes)} |
            | after {circuits} circuits | {Mb(after.ManagedBytes)} | {Mb(after.HeapSizeBytes)} | {Mb(after.WorkingSetBytes)} |
            | **per circuit** | **{Report.Number(managed)} KB** | {Report.Number(heap)} KB | {Report.Number(workingSet)} KB |

            The goal applies to the managed heap; the working set also holds memory the runtime keeps after the GC and
            Kestrel/SignalR buffers, and is shown for comparison.
            """);
    }
}
