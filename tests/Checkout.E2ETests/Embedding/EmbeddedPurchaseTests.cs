using System.Text.RegularExpressions;
using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Embedding;

/// <summary>
/// The shop embedded by embed.js on a venue page of another site, in a Chromium that blocks third-party cookies
/// (<see cref="EmbeddedVenueFixture"/>). The cart lives on partitioned cookies; payment leaves the frame for the top window.
/// </summary>
public sealed class EmbeddedPurchaseTests(EmbeddedVenueFixture venue) : IClassFixture<EmbeddedVenueFixture>
{
    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task A_purchase_in_the_overlay_works_with_third_party_cookies_blocked_and_updates_the_venue_basket()
    {
        var session = await venue.NewSessionAsync();
        var passed = false;
        try
        {
            var page = session.Page;
            page.Console += (_, message) => TestContext.Current.TestOutputHelper?.WriteLine($"console {message.Type}: {message.Text}");
            var shop = venue.Shop;

            await page.GotoAsync(venue.VenueOrigin + "/");
            var buy = page.GetByTestId("venue-buy");
            await Expect(buy).ToHaveAttributeAsync("role", "button");

            // Keyboard: focus moves into the dialog (its labelled close button, or the shop's heading once the frame has
            // loaded and focused it), Escape closes it, focus returns.
            await buy.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Kaartverkoop" });
            await Expect(dialog).ToBeVisibleAsync();
            await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Sluiten" })).ToBeVisibleAsync();
            await FocusExpectations.ExpectFocusWithinAsync(dialog);
            await Expect(dialog.Locator("iframe")).ToHaveAttributeAsync("allow", "payment");
            await ClosingKeys.PressToCloseAsync(page, "Escape", dialog);
            await FocusExpectations.ExpectFocusedAsync(buy);

            await buy.ClickAsync();
            var frame = page.FrameLocator("iframe[allow=payment]");
            await Expect(frame.GetByTestId("ticket-type").First).ToBeVisibleAsync();

            await frame.GetByTestId("ticket-type").First.GetByTestId("ticket-qty").FillAsync("2");
            await frame.GetByTestId("add-to-cart").ClickAsync();
            await frame.Locator(CartPage.HoldRunning).WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await Expect(frame.GetByTestId("cart-line")).ToHaveCountAsync(2);
            await Expect(page.GetByTestId("venue-basket")).ToHaveTextAsync("2");
            // The cached event page issues no cookie; the framed add-to-cart post issued the partitioned visitor cookie.
            await ProveThirdPartyCookiesAreBlockedAsync(page, shop);

            await frame.GetByTestId("go-checkout").ClickAsync();
            await Expect(frame.GetByTestId("place-order")).ToBeVisibleAsync();
            await frame.Locator(CartPage.HoldRunning).WaitForAsync(new() { State = WaitForSelectorState.Attached });
            var buyer = Buyer.Unique();
            foreach (var (field, value) in buyer.Fields)
            {
                await frame.GetByTestId(field).FillAsync(value);
            }

            await frame.Locator("[data-testid='payment-method'][data-payment-id='33']").ClickAsync();
            await frame.GetByTestId("place-order").ClickAsync();

            // Payment leaves the frame: the top window goes to the payment page, and returns to the status page.
            await page.WaitForURLAsync(new Regex(Regex.Escape(shop) + "/sandbox/pay/"));
            await page.GetByTestId("sandbox-pay").ClickAsync();
            await page.WaitForURLAsync("**/order/**");
            await Expect(page.GetByTestId("order-status")).ToHaveAttributeAsync("data-payment-status", "paid");
            await Expect(page.GetByTestId("back-to-venue")).ToBeVisibleAsync();
            passed = true;
        }
        finally
        {
            await session.CloseAsync(passed ? null : TraceFiles.PathFor(nameof(EmbeddedPurchaseTests)));
        }
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task The_side_panel_closes_on_escape_inside_the_shop_and_messages_from_other_origins_are_ignored()
    {
        var session = await venue.NewSessionAsync();
        try
        {
            var page = session.Page;
            await page.GotoAsync(venue.VenueOrigin + "/");
            var opener = page.GetByTestId("venue-cart-side");
            await Expect(opener).ToHaveAttributeAsync("aria-haspopup", "dialog");

            // Not from the shop's origin: the counter does not move, the panel does not react.
            // (The loader's listener was added first, so it has run when this promise resolves. Evaluate has no time
            // limit of its own: the page's timer bounds it.)
            await page.EvaluateAsync("""
                () => new Promise((resolve, reject) => {
                    const limit = setTimeout(() => reject(new Error('The posted message never arrived.')), 10000);
                    window.addEventListener('message', () => setTimeout(() => { clearTimeout(limit); resolve(); }, 0), { once: true });
                    window.postMessage({ v: 1, type: 'basket-count', count: 9, vdm_basketcounter: 9 }, '*');
                })
                """);
            Assert.Equal("0", await page.GetByTestId("venue-basket").TextContentAsync());
            await opener.ClickAsync();
            var panel = page.Locator("[data-checkout-embed='side']");
            await Expect(panel).ToBeVisibleAsync();
            var frame = page.FrameLocator("iframe[allow=payment]");
            await Expect(frame.GetByTestId("cart-empty")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("venue-basket")).ToHaveTextAsync("0");

            // Escape inside the frame never reaches the venue page: the shop posts { type: "close", vdm_close }.
            await frame.Locator("main").FocusAsync();
            await ClosingKeys.PressToCloseAsync(page, "Escape", panel);
            await FocusExpectations.ExpectFocusedAsync(opener);
        }
        finally
        {
            await session.CloseAsync(null);
        }
    }

    /// <summary>
    /// From inside the shop frame: a plain SameSite=None cookie is not sent back (third-party cookies are blocked),
    /// a partitioned one is (and Chromium accepts Secure cookies over http on 127.0.0.1).
    /// </summary>
    private static async Task ProveThirdPartyCookiesAreBlockedAsync(IPage page, string shop)
    {
        // The shop's dialog frame (the loader's hidden counter frame is the shop's too).
        var shopFrame = await (await page.QuerySelectorAsync("iframe[allow=payment]"))!.ContentFrameAsync()
            ?? throw new InvalidOperationException("The shop's frame has no document.");
        Assert.StartsWith(shop, shopFrame.Url, StringComparison.Ordinal);
        var request = page.WaitForRequestAsync(r => r.Url.EndsWith("/health/live?probe", StringComparison.Ordinal));
        await shopFrame.EvaluateAsync("""
            async () => {
                document.cookie = 'probe_plain=1; SameSite=None; Secure; Path=/';
                document.cookie = 'probe_partitioned=1; SameSite=None; Secure; Partitioned; Path=/';
                await fetch('/health/live?probe', { credentials: 'include' });
            }
            """).WaitAsync(TimeSpan.FromMilliseconds(BrowserFixture.ActionTimeoutMs)); // evaluate has no limit of its own
        var cookies = await (await request).HeaderValueAsync("cookie") ?? "";

        Assert.DoesNotContain("probe_plain", cookies, StringComparison.Ordinal);
        Assert.Contains("probe_partitioned=1", cookies, StringComparison.Ordinal);
        Assert.Contains("checkout.visitor.default=", cookies, StringComparison.Ordinal);
    }
}
