using Checkout.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Embedding;

/// <summary>
/// My tickets from the venue's page: a link with <c>data-checkout-my-tickets</c> opens it in the shop's dialog, in a
/// Chromium that blocks third-party cookies, starting at the e-mail code step.
/// </summary>
public sealed class EmbeddedMyTicketsTests(EmbeddedVenueFixture venue) : IClassFixture<EmbeddedVenueFixture>
{
    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task The_venues_my_tickets_link_opens_my_tickets_in_the_dialog()
    {
        var session = await venue.NewSessionAsync();
        var passed = false;
        try
        {
            var page = session.Page;
            await page.GotoAsync(venue.VenueOrigin + "/");
            var opener = page.GetByTestId("venue-my-tickets");
            await Expect(opener).ToHaveAttributeAsync("aria-haspopup", "dialog");

            await opener.ClickAsync();

            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Kaartverkoop" });
            await Expect(dialog).ToBeVisibleAsync();
            var frame = page.FrameLocator("iframe[allow=payment]");
            await Expect(frame.GetByTestId("my-tickets")).ToBeVisibleAsync();
            await Expect(frame.GetByTestId("customer-lookup-email")).ToBeVisibleAsync();
            await Expect(frame.GetByTestId("my-order")).ToHaveCountAsync(0);
            passed = true;
        }
        finally
        {
            await session.CloseAsync(passed ? null : TraceFiles.PathFor(nameof(EmbeddedMyTicketsTests)));
        }
    }
}
