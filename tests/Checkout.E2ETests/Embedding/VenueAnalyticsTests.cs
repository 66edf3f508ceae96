using System.Text.Json;
using System.Text.RegularExpressions;
using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Embedding;

/// <summary>
/// What the venue page's own analytics hear from the embedded shop (third-party cookies blocked): add_to_cart,
/// checkout_started and, back on the venue page after paying outside the frame, purchase; with the details and campaign
/// the venue's member link passed in, and without any personal data.
/// </summary>
public sealed class VenueAnalyticsTests(EmbeddedVenueFixture venue) : IClassFixture<EmbeddedVenueFixture>
{
    // Installed before any page script: every checkout:* event the loader dispatches, as the venue's own code gets it.
    private const string Recorder = """
        window.__checkoutEvents = [];
        for (const type of ['checkout_started', 'add_to_cart', 'purchase']) {
          document.addEventListener('checkout:' + type, (event) => window.__checkoutEvents.push(event.detail));
        }
        """;

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task The_demo_pages_listener_receives_add_to_cart_checkout_started_and_purchase_without_personal_data()
    {
        var session = await venue.NewSessionAsync();
        var passed = false;
        try
        {
            var page = session.Page;
            await page.AddInitScriptAsync(Recorder);
            await page.GotoAsync(venue.VenueOrigin + "/");
            await page.GetByTestId("venue-buy-member").ClickAsync();
            var frame = page.FrameLocator("iframe[allow=payment]");
            await Expect(frame.GetByTestId("ticket-type").First).ToBeVisibleAsync();
            // The member page's details went in with the frame's first address and were taken off it at once.
            Assert.DoesNotContain("checkout_email", page.Frames.Single(f => f.Url.Contains("/event/", StringComparison.Ordinal)).Url, StringComparison.Ordinal);

            await frame.GetByTestId("ticket-type").First.GetByTestId("ticket-qty").FillAsync("1");
            await frame.GetByTestId("add-to-cart").ClickAsync();
            await Expect(frame.GetByTestId("cart-line")).ToHaveCountAsync(1);
            var added = page.Locator("[data-testid='venue-analytics-event'][data-event='add_to_cart']");
            await Expect(added).ToHaveCountAsync(1);
            await Expect(added).ToContainTextAsync("1 × Hamlet");

            await frame.Locator(CartPage.HoldRunning).WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await frame.GetByTestId("go-checkout").ClickAsync();
            await Expect(frame.GetByTestId("place-order")).ToBeVisibleAsync();
            await frame.Locator(CartPage.HoldRunning).WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await Expect(page.Locator("[data-testid='venue-analytics-event'][data-event='checkout_started']")).ToHaveCountAsync(1);
            await Expect(frame.GetByTestId("email")).ToHaveValueAsync("jan.jansen@example.nl");
            await Expect(frame.GetByTestId("firstname")).ToHaveValueAsync("Jan");
            await Expect(frame.GetByTestId("lastname")).ToHaveValueAsync("Jansen");
            var beforePaying = await RecordedAsync(page);

            var buyer = Buyer.Unique();
            foreach (var (field, value) in buyer.Fields)
            {
                await frame.GetByTestId(field).FillAsync(value);
            }

            await frame.Locator("[data-testid='payment-method'][data-payment-id='33']").ClickAsync();
            await frame.GetByTestId("place-order").ClickAsync();
            await page.WaitForURLAsync(new Regex(Regex.Escape(venue.Shop) + "/sandbox/pay/"));
            await page.GetByTestId("sandbox-pay").ClickAsync();
            await page.WaitForURLAsync("**/order/**");
            await Expect(page.GetByTestId("order-status")).ToHaveAttributeAsync("data-payment-status", "paid");
            var orderKey = Regex.Match(page.Url, @"return=([A-Za-z0-9_-]+)").Groups[1].Value;
            Assert.NotEmpty(orderKey);

            // Back on the venue's site (where "back to the venue" leads): the counter frame reports the paid order.
            await page.GotoAsync(venue.VenueOrigin + "/");
            var purchase = page.Locator("[data-testid='venue-analytics-event'][data-event='purchase']");
            await Expect(purchase).ToHaveCountAsync(1);
            await Expect(purchase).ToContainTextAsync("1 × Hamlet");
            await Expect(page.GetByTestId("venue-basket")).ToHaveTextAsync("0");
            var afterPaying = await RecordedAsync(page);
            var layer = await page.EvaluateAsync<string>("() => JSON.stringify(window.dataLayer)");
            Assert.Contains("\"event\":\"purchase\"", layer, StringComparison.Ordinal);

            var purchased = afterPaying.Single(e => e.GetProperty("type").GetString() == "purchase");
            Assert.Matches("^[0-9a-f]{16}$", purchased.GetProperty("order").GetString());
            Assert.Equal("EUR", purchased.GetProperty("currency").GetString());
            Assert.True(purchased.GetProperty("value").GetDecimal() > 0);
            var all = beforePaying.Concat(afterPaying).ToList();
            Assert.Equal(new[] { "add_to_cart", "checkout_started", "purchase" }, all.Select(e => e.GetProperty("type").GetString()).ToArray());
            Assert.All(all, e => Assert.Equal("members", e.GetProperty("campaign").GetProperty("campaign").GetString()));
            var wire = string.Join("\n", all.Select(e => e.GetRawText())) + layer;
            foreach (var personal in new[] { buyer.Email, buyer.LastName, buyer.Phone, buyer.Zip, "jan.jansen", "Jansen", orderKey })
            {
                Assert.DoesNotContain(personal, wire, StringComparison.OrdinalIgnoreCase);
            }

            passed = true;
        }
        finally
        {
            await session.CloseAsync(passed ? null : TraceFiles.PathFor(nameof(VenueAnalyticsTests)));
        }
    }

    private static async Task<IReadOnlyList<JsonElement>> RecordedAsync(IPage page)
    {
        var json = await page.EvaluateAsync<string>("() => JSON.stringify(window.__checkoutEvents)");
        return [.. JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
