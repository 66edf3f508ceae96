using System.Text.RegularExpressions;
using Checkout.E2ETests.Infrastructure;
using Checkout.Sandbox;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Embedding;

/// <summary>
/// A venue page written for VdM's loader, with only the script tag swapped for embed.js (the demo page built like the
/// WordPress plugin's output), in a Chromium that blocks third-party cookies: its own onclick="vdm_order(…)" buttons
/// open the shop, and its basket counter is right on every page load, before the shop was opened again.
/// </summary>
public sealed class VdmLoaderTests(EmbeddedVenueFixture venue) : IClassFixture<EmbeddedVenueFixture>
{
    private const string PluginPage = "/demo/venue/wordpress";
    private const string PhpSessionId = "k8v3m2p9q1r7s6t0u4w5x2y1z3";

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task The_plugins_vdm_order_buttons_open_the_shop_and_its_counter_is_right_right_after_a_reload()
    {
        var session = await venue.NewSessionAsync();
        var passed = false;
        try
        {
            var page = session.Page;
            var shopRequests = new List<string>();
            page.Request += (_, request) =>
            {
                if (request.Url.StartsWith(venue.Shop, StringComparison.Ordinal))
                {
                    shopRequests.Add(request.Url);
                }
            };
            await page.GotoAsync(venue.VenueOrigin + PluginPage);
            var counter = page.GetByTestId("wp-basketcounter");
            // The plugin's own counter script wrote VdM's "n/a" meanwhile: the shop's count is what stays.
            var counterAsked = page.Locator("body[data-vdm-counter-asked='true']");
            await Expect(counterAsked).ToHaveCountAsync(1);
            await Expect(counter).ToHaveTextAsync("0");

            var performance = page.Locator($"#vdm-event-button-{SandboxDemoIds.MultiPerformanceFirst + 4}");
            await Expect(performance).ToHaveAttributeAsync("onclick", $"vdm_order({SandboxDemoIds.MultiPerformanceFirst + 4},'{PhpSessionId}')");
            await performance.ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Kaartverkoop" });
            await Expect(dialog).ToBeVisibleAsync();
            var frame = page.FrameLocator("iframe[allow=payment]");
            await Expect(frame.GetByTestId("ticket-type").First).ToBeVisibleAsync();
            await frame.GetByTestId("ticket-type").First.GetByTestId("ticket-qty").FillAsync("2");
            await frame.GetByTestId("add-to-cart").ClickAsync();
            await Expect(frame.GetByTestId("cart-line")).ToHaveCountAsync(2);
            await Expect(counter).ToHaveTextAsync("2");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Sluiten" }).ClickAsync();
            await Expect(dialog).ToHaveCountAsync(0);
            await FocusExpectations.ExpectFocusedAsync(performance);

            // A new page load: the counter is right before the shop is opened again (the counter frame's partitioned cookie).
            await page.ReloadAsync();
            await Expect(counterAsked).ToHaveCountAsync(1);
            await Expect(counter).ToHaveTextAsync("2");
            await Expect(page.Locator("iframe[allow=payment]")).ToHaveCountAsync(0);

            // vdm_order('cart', …) opens the basket, vdm_order(<main event id>, …) the production's performances.
            await page.GetByTestId("wp-cart").ClickAsync();
            await Expect(frame.GetByTestId("cart-line")).ToHaveCountAsync(2);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Sluiten" }).ClickAsync();
            await page.GetByTestId("wp-buy").ClickAsync();
            var cards = frame.GetByTestId("event-card");
            await Expect(cards.First).ToBeVisibleAsync();
            var shown = await cards.EvaluateAllAsync<int[]>("cards => cards.map(c => Number(c.dataset.eventId))");
            Assert.All(shown, id => Assert.InRange(id, SandboxDemoIds.MultiPerformanceFirst, SandboxDemoIds.MultiPerformanceFirst + 7));

            // The venue's session id is never sent to the shop: it neither picks nor reveals a cart.
            Assert.Contains(shopRequests, url => url.Contains("/embed/counter", StringComparison.Ordinal));
            Assert.DoesNotContain(shopRequests, url => url.Contains(PhpSessionId, StringComparison.Ordinal));
            passed = true;
        }
        finally
        {
            await session.CloseAsync(passed ? null : TraceFiles.PathFor(nameof(VdmLoaderTests)));
        }
    }
}
