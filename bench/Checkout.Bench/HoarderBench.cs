using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace Checkout.Bench;

/// <summary>
/// The seat hoarder of issue 16, against a running app with the embedded sandbox on loopback. Each attack is measured
/// in the sandbox's own books (<see cref="SandboxSeats"/>):
/// 1. fresh cookies from one IPv4 address: bots, each a new visitor, post the order form for the per-order maximum
///    (10) across three performances, one after the other as fast as they can;
/// 2. IPv6 neighbours: half as many bots, each with its own address in one /64 (X-Forwarded-For; the app must trust
///    127.0.0.1 as its proxy), then one bot from the next /64;
/// 3. donation toggles: one visitor holds two tickets and switches the donation on or off every 20 s in a browser,
///    until the shop refuses, the seats are released, or the run's bound passes: how long the seats stayed held.
/// </summary>
internal sealed class HoarderBench(Uri app, SandboxSeats seats, Browser browser, Report report)
{
    private const int PerOrder = 10;
    private const int ToggleShow = 1007;
    private static readonly int[] FreshCookieShows = [1001, 1002, 1003];
    private static readonly int[] NeighbourShows = [1004, 1005, 1006];
    private static readonly TimeSpan ToggleEvery = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan LookEvery = TimeSpan.FromSeconds(5);

    public async Task RunAsync(int bots, int capPerAddress, TimeSpan maxHold, TimeSpan runBound)
    {
        var fresh = await HoardAsync(bots, FreshCookieShows, _ => null);
        report.Figure("Fresh cookies, one IPv4 address", fresh.Describe(bots), $"≤ {capPerAddress} seats held at once", Report.AtMost(fresh.Held, capPerAddress, "seats"));

        var neighbours = await HoardAsync(bots / 2, NeighbourShows, i => $"2001:db8:77:1::{i + 1:x}");
        report.Figure("IPv6 neighbours, one /64", neighbours.Describe(bots / 2), $"≤ {capPerAddress} seats held at once", Report.AtMost(neighbours.Held, capPerAddress, "seats"));
        var nextNetwork = await HoardAsync(1, NeighbourShows, _ => "2001:db8:77:2::1");
        report.Figure("The next /64", nextNetwork.Describe(1), $"{PerOrder} seats (its own budget)", nextNetwork.Held == PerOrder ? "met" : "**missed**");

        var (heldFor, released, toggles, refusal) = await ToggleDonationAsync(runBound);
        var measured = released
            ? $"held {Minutes(heldFor)} ({toggles} toggles{(refusal is null ? "" : $"; then refused: \"{refusal}\"")})"
            : $"still held after {Minutes(heldFor)}, the run's bound ({toggles} toggles, none refused)";
        report.Figure("Donation toggles, one visitor", measured, $"released within {Minutes(maxHold)} of the first hold",
            released && heldFor <= maxHold + LookEvery ? "met" : "**missed**");
    }

    private async Task<Hoard> HoardAsync(int bots, int[] shows, Func<int, string?> address)
    {
        var freeBefore = await seats.FreeAsync(shows);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < bots; i++)
        {
            using var bot = new ShopVisitor(app, address(i));
            var outcome = await bot.TryAddToCartAsync(shows[i % shows.Length], PerOrder);
            outcome = outcome.Length > 70 ? outcome[..70] + "…" : outcome;
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        return new Hoard(freeBefore - await seats.FreeAsync(shows), freeBefore, outcomes);
    }

    /// <summary>Holds two tickets and toggles the donation until refused or released; polls VdM's books meanwhile.</summary>
    private async Task<(TimeSpan HeldFor, bool Released, int Toggles, string? Refusal)> ToggleDonationAsync(TimeSpan bound)
    {
        using var visitor = new ShopVisitor(app, "198.51.100.77");
        var free = await seats.FreeAsync(ToggleShow);
        var added = await visitor.TryAddToCartAsync(ToggleShow, 2);
        var clock = Stopwatch.StartNew();
        if (added != "held")
        {
            throw new InvalidOperationException($"The donation toggler could not hold tickets: {added}");
        }

        await using var context = await browser.OpenAsync(app, visitor);
        var page = context.Pages[0];
        await page.GotoAsync("cart");
        await Browser.WaitForReadyAsync(page);
        var (toggles, nextToggle) = (0, TimeSpan.Zero);
        string? refusal = null;
        while (clock.Elapsed < bound)
        {
            if (await seats.FreeAsync(ToggleShow) >= free)
            {
                return (clock.Elapsed, true, toggles, refusal);
            }

            if (refusal is null && clock.Elapsed >= nextToggle && await page.Locator("[data-testid=donation-none]").IsVisibleAsync())
            {
                refusal = await ToggleAsync(page);
                toggles++;
                nextToggle = clock.Elapsed + ToggleEvery;
            }

            await Task.Delay(LookEvery);
        }

        return (clock.Elapsed, false, toggles, refusal);
    }

    /// <summary>One switch of the donation; the shop's refusal, if it refused.</summary>
    private static async Task<string?> ToggleAsync(IPage page)
    {
        var none = page.Locator("[data-testid=donation-none]");
        var target = await none.GetAttributeAsync("aria-pressed") == "true" ? page.Locator("[data-testid=donation-amount]").First : none;
        await target.ClickAsync();
        var problem = page.Locator("[data-testid=donation-problem]");
        await page.WaitForFunctionAsync(
            "t => t.getAttribute('aria-pressed') === 'true' || document.querySelector('[data-testid=donation-problem]')",
            await target.ElementHandleAsync());
        return await problem.IsVisibleAsync() ? (await problem.TextContentAsync())?.Trim() : null;
    }

    private static string Minutes(TimeSpan span) => $"{(int)span.TotalMinutes}:{span.Seconds:00}";

    private sealed record Hoard(int Held, int FreeBefore, Dictionary<string, int> Outcomes)
    {
        public string Describe(int bots) =>
            $"{Held} of {FreeBefore} free seats held by {bots} bots ({string.Join("; ", Outcomes.Select(o => $"{o.Value}× {o.Key}"))})";
    }
}
