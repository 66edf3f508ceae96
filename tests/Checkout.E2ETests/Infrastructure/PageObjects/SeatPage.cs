using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure.PageObjects;

/// <summary>The seat choice page: the plan (SVG), the list, the prices per rank and the confirm button (static SSR + seat-plan.js).</summary>
public sealed class SeatPage(IPage page) : CheckoutPage(page)
{
    public ILocator Plan => Page.GetByTestId("seat-map");

    public ILocator List => Page.GetByTestId("seat-list");

    public ILocator Confirm => Page.GetByTestId("seat-confirm");

    public ILocator Problem => Page.GetByTestId("seat-problem");

    public ILocator Announcer => Page.Locator("[data-seat-announcer]");

    /// <summary>A seat on the plan by its place, e.g. ("Parket", 4, 7); the label starts with it in Dutch.</summary>
    public ILocator Seat(string section, int row, int number) =>
        Page.Locator($"[data-testid=seat][aria-label^='{section}, rij {row}, stoel {number},']");

    /// <summary>A row of the list (its summary), e.g. row 2 of the first section that has it.</summary>
    public ILocator ListRow(string section, int row) =>
        List.Locator("section").Filter(new() { Has = Page.Locator($"h3:text-is('{section}')") }).Locator("summary").Filter(new() { HasTextRegex = new($"^Rij {row}:") });

    public ILocator ListSeat(ILocator row, int number) =>
        row.Locator("xpath=..").GetByLabel(new System.Text.RegularExpressions.Regex($"^Stoel {number}(,|$)"));
}
