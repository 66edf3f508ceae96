using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure.PageObjects;

/// <summary>My tickets (/my-tickets): the code step (<see cref="CustomerStep"/>), then the verified customer's orders.</summary>
public sealed class MyTicketsPage(IPage page) : CheckoutPage(page)
{
    public CustomerStep Step { get; } = new(page);

    public ILocator Content => Page.GetByTestId("my-tickets");

    /// <summary>A static page: ready once it is there.</summary>
    public override Task WaitForReadyAsync() => WaitForAnyAsync("[data-testid=my-tickets]");

    public ILocator Orders => Page.GetByTestId("my-order");

    public ILocator Order(string orderKey) => Page.Locator($"[data-testid='my-order'][data-order-key='{orderKey}']");
}

/// <summary>An order's performances on the paid status page and on My tickets.</summary>
public static class Evenings
{
    public static ILocator Of(ILocator scope) => scope.GetByTestId("evening");

    public static ILocator Performance(ILocator scope, int performanceId) =>
        scope.Locator($"[data-testid='evening'][data-performance-id='{performanceId}']");
}
