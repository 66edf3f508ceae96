using Checkout.E2ETests.Flow;
using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Seats;

/// <summary>axe on the seat page (plan and list) in both languages; the plan on a phone and a desktop, with the confirm button in view.</summary>
public sealed class SeatPageAccessibilityTests(BrowserFixture browser, CheckoutAppFixture app)
{
    private const int Performance = 1013;

    [Theory(Timeout = BrowserFixture.TestTimeoutMs)]
    [InlineData("nl-NL")]
    [InlineData("en-GB")]
    public async Task Plan_and_list_have_no_axe_violations(string locale)
    {
        var session = await browser.NewSessionAsync(app.BaseAddress, o => o.Locale = locale);
        var findings = new List<string>();
        try
        {
            var seats = new SeatPage(session.Page);
            await seats.GotoAsync($"event/{Performance}/seats");
            await seats.Plan.Locator("[data-testid=seat][data-seat-state=free]").First.ClickAsync();
            await session.Page.Locator("details.row").First.Locator("summary").ClickAsync();
            findings.AddRange(await AxeRules.ViolationsAsync(session.Page, $"seats-{locale}"));
        }
        finally
        {
            await session.CloseAsync(findings.Count > 0 ? TraceFiles.PathFor($"axe-seats-{locale}") : null);
        }

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    [Theory(Timeout = BrowserFixture.TestTimeoutMs)]
    [InlineData(360, 800)]
    [InlineData(1280, 900)]
    public async Task The_plan_is_captured_and_the_confirm_button_stays_in_view(int width, int height)
    {
        Directory.CreateDirectory(FlowScreenshotTests.Folder);
        var session = await browser.NewSessionAsync(app.BaseAddress, o =>
        {
            o.ViewportSize = new ViewportSize { Width = width, Height = height };
            o.Locale = "nl-NL";
        });
        try
        {
            var seats = new SeatPage(session.Page);
            await seats.GotoAsync($"event/{Performance}/seats");
            await seats.Plan.ScrollIntoViewIfNeededAsync();
            if (width < 600)
            {
                // A phone zooms in to pick a seat; the plan's box scrolls (pans) and the confirm bar stays put.
                await session.Page.GetByRole(AriaRole.Button, new() { Name = "Inzoomen" }).ClickAsync();
            }

            await seats.Seat("Parket", 3, 7).ClickAsync();
            await seats.Seat("Parket", 3, 8).ClickAsync();

            await Expect(seats.Confirm).ToBeInViewportAsync();
            await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(FlowScreenshotTests.Folder, $"seats-{width}.png") });
        }
        finally
        {
            await session.CloseAsync(null);
        }
    }
}
