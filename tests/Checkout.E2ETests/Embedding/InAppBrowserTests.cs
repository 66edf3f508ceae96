using System.Text.RegularExpressions;
using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Embedding;

/// <summary>
/// The venue page opened inside Instagram's built-in browser: before payment the embedded checkout offers to continue
/// in the phone's own browser, and a one-time link carries the cart there, once.
/// </summary>
public sealed class InAppBrowserTests(EmbeddedVenueFixture venue) : IClassFixture<EmbeddedVenueFixture>
{
    private const string InstagramOnIphone =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
        + "Instagram 334.0.4.32.98 (iPhone15,2; iOS 17_5; nl_NL; nl; scale=3.00; 1179x2556; 606286178)";

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task The_checkout_in_instagram_hands_the_cart_to_the_visitors_own_browser_by_a_one_time_link()
    {
        var inApp = await venue.NewSessionAsync(o => o.UserAgent = InstagramOnIphone);
        var own = await venue.NewSessionAsync();
        var passed = false;
        try
        {
            var page = inApp.Page;
            await page.GotoAsync(venue.VenueOrigin + "/");
            await page.GetByTestId("venue-buy").ClickAsync();
            var frame = page.FrameLocator("iframe[allow=payment]");
            await frame.GetByTestId("ticket-type").First.GetByTestId("ticket-qty").FillAsync("2");
            await frame.GetByTestId("add-to-cart").ClickAsync();
            await Expect(frame.GetByTestId("cart-line")).ToHaveCountAsync(2);
            await frame.Locator(CartPage.HoldRunning).WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await frame.GetByTestId("go-checkout").ClickAsync();

            var notice = frame.GetByTestId("in-app-browser");
            await Expect(notice).ToHaveAttributeAsync("data-app", "instagram");
            await Expect(notice).ToContainTextAsync("Instagram");
            await notice.GetByTestId("in-app-open").ClickAsync();

            // The whole window goes to the link's page, which (still in the app) explains how to leave it.
            await page.WaitForURLAsync(new Regex(Regex.Escape(venue.Shop) + "/continue\\?token=[A-Za-z0-9_-]{43}$"));
            var link = page.Url;
            Assert.Equal("/continue", new Uri(link).AbsolutePath);
            await Expect(page.GetByTestId("handoff-page")).ToHaveAttributeAsync("data-state", "inapp");
            await Expect(page.GetByTestId("handoff-link")).ToHaveValueAsync(link);
            await Expect(page.GetByTestId("handoff-open-browser")).ToHaveAttributeAsync("href", "x-safari-" + link);

            // The phone's own browser: one press, and the same tickets are at checkout.
            var mine = own.Page;
            await mine.GotoAsync(link);
            await Expect(mine.GetByTestId("handoff-page")).ToHaveAttributeAsync("data-state", "ready");
            await mine.GetByTestId("handoff-continue").ClickAsync();
            await mine.WaitForURLAsync("**/checkout");
            var checkout = new CheckoutFormPage(mine);
            await checkout.WaitForReadyAsync();
            await Expect(mine.GetByTestId("summary-line")).ToHaveCountAsync(2);

            // Single use: the link is spent for everyone, the app's browser included.
            await mine.GotoAsync(link);
            await Expect(mine.GetByTestId("handoff-page")).ToHaveAttributeAsync("data-state", "expired");
            await page.ReloadAsync();
            await Expect(page.GetByTestId("handoff-page")).ToHaveAttributeAsync("data-state", "expired");
            passed = true;
        }
        finally
        {
            await inApp.CloseAsync(passed ? null : TraceFiles.PathFor(nameof(InAppBrowserTests)));
            await own.CloseAsync(null);
        }
    }
}
