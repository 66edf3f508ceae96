using Microsoft.Playwright;

namespace Checkout.Bench;

/// <summary>
/// Figure 3: the app's managed heap per live checkout visitor. <c>n</c> visitors each hold a cart (added over HTTP) and
/// sit on the checkout page in their own browser context, its keep-alive connection open and its hold timer running;
/// a page that still starts a circuit is counted. The app's managed heap and working set after a forced, compacting
/// GC are read before the visitors come, after their carts, and with their checkout pages open.
/// </summary>
internal sealed class CircuitMemoryBench(Uri baseAddress, SandboxAdmin admin, Browser browser, Report report)
{
    private const double MaxKbPerVisitor = 150;
    private const int WarmUpVisitors = 2;

    /// <param name="visitors">Live checkout visitors added between the first and the last reading.</param>
    /// <param name="atReading">Called right after each reading ("before", "carts", "after") while the pages stay open,
    /// e.g. to take a heap snapshot of the same state.</param>
    public async Task RunAsync(int visitors, Func<string, Task>? atReading = null)
    {
        var shoppers = new List<ShopVisitor>();
        var contexts = new List<IBrowserContext>();
        var circuits = 0;
        try
        {
            // The first visitors pay for JIT, Razor and MudBlazor statics: they stay but are not counted.
            for (var i = 0; i < WarmUpVisitors; i++)
            {
                var warm = new ShopVisitor(baseAddress);
                shoppers.Add(warm);
                await warm.AddToCartAsync(Performances.Pick(i), quantity: 1);
                contexts.Add((await OpenCheckoutAsync(warm)).Context);
            }

            var before = await admin.MemoryAsync();
            await (atReading?.Invoke("before") ?? Task.CompletedTask);
            var counted = new List<ShopVisitor>();
            for (var i = 0; i < visitors; i++)
            {
                var visitor = new ShopVisitor(baseAddress);
                shoppers.Add(visitor);
                counted.Add(visitor);
                await visitor.AddToCartAsync(Performances.Pick(WarmUpVisitors + i), quantity: 1);
            }

            var carts = await admin.MemoryAsync();
            await (atReading?.Invoke("carts") ?? Task.CompletedTask);
            foreach (var visitor in counted)
            {
                var (context, interactive) = await OpenCheckoutAsync(visitor);
                contexts.Add(context);
                circuits += interactive ? 1 : 0;
            }

            var after = await admin.MemoryAsync();
            await (atReading?.Invoke("after") ?? Task.CompletedTask);
            Publish(visitors, circuits, before, carts, after);
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.CloseAsync();
            }

            shoppers.ForEach(v => v.Dispose());
        }
    }

    // Ready when the hold timer counts down in the page; a live circuit (an interactive page) is reported as one.
    private async Task<(IBrowserContext Context, bool Interactive)> OpenCheckoutAsync(ShopVisitor visitor)
    {
        var context = await browser.OpenAsync(baseAddress, visitor);
        var page = context.Pages[0];
        await page.GotoAsync("checkout");
        await page.GetByTestId("place-order").WaitForAsync();
        await page.Locator("[data-hold-timer][data-started='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        var interactive = await page.Locator("[data-interactive='true']").CountAsync() > 0;
        return (context, interactive);
    }

    private void Publish(int visitors, int circuits, ProcessMemory before, ProcessMemory carts, ProcessMemory after)
    {
        static double Kb(long bytes, int n) => bytes / 1024.0 / n;
        var managed = Kb(after.ManagedBytes - before.ManagedBytes, visitors);
        var cartShare = Kb(carts.ManagedBytes - before.ManagedBytes, visitors);
        var pageShare = Kb(after.ManagedBytes - carts.ManagedBytes, visitors);
        var heap = Kb(after.HeapSizeBytes - before.HeapSizeBytes, visitors);
        var workingSet = Kb(after.WorkingSetBytes - before.WorkingSetBytes, visitors);
        static string Mb(long bytes) => Report.Number(bytes / 1024.0 / 1024.0) + " MB";

        // What it means for a venue: live checkouts one GB of managed heap holds.
        var perGb = managed > 0 ? (1024 * 1024 / managed).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) : "∞";
        report.Figure("3. Managed heap per live checkout visitor",
            $"{Report.Number(managed)} KB managed heap ({Report.Number(workingSet)} KB working set, {circuits} circuits) = {perGb} live checkouts per GB",
            $"≤ {MaxKbPerVisitor} KB", Report.AtMost(managed, MaxKbPerVisitor, "KB"));
        report.Details($"""
            ### 3. Managed heap per live checkout visitor

            {visitors} visitors each put one ticket in a cart over HTTP and open the checkout page (statically rendered: buyer
            form, payment methods, hold timer) in their own Chromium context, and stay there: the keep-alive connection open,
            the hold timer counting down in the page. Pages that still started a circuit: **{circuits}**. The app reports its
            memory through `GET /sandbox/admin/memory` after a forced, blocking, compacting full GC; {WarmUpVisitors} warm-up
            visitors went through the same steps before the first reading. The cart sessions are counted: they are what a
            live checkout visitor costs once no circuit holds the page.

            | Reading | Managed heap (`GC.GetTotalMemory`) | GC heap size (`GCMemoryInfo.HeapSizeBytes`) | Working set |
            |---|---|---|---|
            | before | {Mb(before.ManagedBytes)} | {Mb(before.HeapSizeBytes)} | {Mb(before.WorkingSetBytes)} |
            | after {visitors} carts | {Mb(carts.ManagedBytes)} | {Mb(carts.HeapSizeBytes)} | {Mb(carts.WorkingSetBytes)} |
            | with {visitors} checkout pages open | {Mb(after.ManagedBytes)} | {Mb(after.HeapSizeBytes)} | {Mb(after.WorkingSetBytes)} |
            | **per visitor** | **{Report.Number(managed)} KB** (cart {Report.Number(cartShare)} KB, page {Report.Number(pageShare)} KB) | {Report.Number(heap)} KB | {Report.Number(workingSet)} KB |

            The goal applies to the managed heap; the working set also holds memory the runtime keeps after the GC and
            Kestrel buffers, and is shown for comparison.
            """);
    }
}
