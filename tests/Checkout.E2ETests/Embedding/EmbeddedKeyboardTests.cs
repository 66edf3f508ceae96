using System.Text.RegularExpressions;
using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Embedding;

/// <summary>
/// The embedded shop for a keyboard and screen-reader visitor, in the venue page's language: opened from the venue's
/// production button, bought with Tab and Enter only inside the frame (third-party cookies blocked), axe-core clean on
/// every step (the venue page and the frame).
/// </summary>
public sealed class EmbeddedKeyboardTests(EmbeddedVenueFixture venue) : IClassFixture<EmbeddedVenueFixture>
{
    // The browser asks for the other language, so the shop's language can only come from the venue page.
    [Theory(Timeout = BrowserFixture.TestTimeoutMs)]
    [InlineData("en", "nl-NL", "Ticket shop", "Close", 2)]
    [InlineData("nl", "en-GB", "Kaartverkoop", "Sluiten", 3)]
    public async Task A_keyboard_only_purchase_from_the_production_button_speaks_the_venue_pages_language_without_axe_violations(
        string lang, string browserLocale, string dialogName, string closeName, int performanceOffset)
    {
        var session = await venue.NewSessionAsync(o => o.Locale = browserLocale);
        var page = session.Page;
        var keyboard = new KeyboardOnly(page);
        var frame = page.FrameLocator("iframe[allow=payment]");
        var findings = new List<string>();
        var passed = false;
        try
        {
            await page.GotoAsync($"{venue.VenueOrigin}/?lang={lang}");
            var production = page.GetByTestId("venue-production");
            await Expect(production).ToHaveAttributeAsync("aria-haspopup", "dialog");
            await keyboard.ActivateAsync(production);

            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = dialogName });
            await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = closeName })).ToBeVisibleAsync();
            await FocusExpectations.ExpectFocusWithinAsync(dialog);
            var cards = frame.GetByTestId("event-card");
            await Expect(cards.First).ToBeVisibleAsync();
            await Expect(frame.Locator("html")).ToHaveAttributeAsync("lang", lang);
            var shown = await cards.EvaluateAllAsync<int[]>("cards => cards.map(c => Number(c.dataset.eventId))");
            Assert.All(shown, id => Assert.InRange(id, SandboxDemoIds.MultiPerformanceFirst, SandboxDemoIds.MultiPerformanceFirst + 7));
            findings.AddRange(await AxeRules.ViolationsAsync(page, "programme"));

            var performance = SandboxDemoIds.MultiPerformanceFirst + performanceOffset;
            await keyboard.ActivateAsync(frame.Locator($"[data-testid='event-card'][data-event-id='{performance}']").GetByRole(AriaRole.Link).First);
            var quantity = frame.GetByTestId("ticket-type").First.GetByTestId("ticket-qty");
            await keyboard.TabToAsync(quantity);
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.TypeAsync("1");
            findings.AddRange(await AxeRules.ViolationsAsync(page, "event"));
            await keyboard.ActivateAsync(frame.GetByTestId("add-to-cart"));

            await frame.Locator(CartPage.HoldRunning).WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await Expect(frame.GetByTestId("cart-line")).ToHaveCountAsync(1);
            // Still the venue's language two pages on: the frame kept it in its partitioned cookie.
            await Expect(frame.Locator("html")).ToHaveAttributeAsync("lang", lang);
            findings.AddRange(await AxeRules.ViolationsAsync(page, "cart"));
            await keyboard.ActivateAsync(frame.GetByTestId("go-checkout"));

            await Expect(frame.GetByTestId("place-order")).ToBeVisibleAsync();
            await frame.Locator(CartPage.HoldRunning).WaitForAsync(new() { State = WaitForSelectorState.Attached });
            var buyer = Buyer.Unique();
            foreach (var (field, value) in buyer.Fields)
            {
                await keyboard.TabToAsync(frame.GetByTestId(field));
                await page.Keyboard.TypeAsync(value);
            }

            findings.AddRange(await AxeRules.ViolationsAsync(page, "checkout"));
            await keyboard.ActivateAsync(frame.GetByTestId("place-order"));

            // Payment takes the whole window; its page is the sandbox's stand-in for VdM's provider, not the shop.
            await page.WaitForURLAsync(new Regex(Regex.Escape(venue.Shop) + "/sandbox/pay/"));
            await keyboard.ActivateAsync(page.GetByTestId("sandbox-pay"));
            await page.WaitForURLAsync("**/order/**");
            await Expect(page.GetByTestId("order-status")).ToHaveAttributeAsync("data-payment-status", "paid");
            findings.AddRange(await AxeRules.ViolationsAsync(page, "status-paid"));

            Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
            passed = true;
        }
        finally
        {
            await session.CloseAsync(passed ? null : TraceFiles.PathFor($"embedded-keyboard-{lang}"));
        }
    }
}
