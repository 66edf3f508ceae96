using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Tests.Shared.Fakes;
using Checkout.Web.Features.Events;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Events;

public sealed class EventPagesInEnglishTests() : CheckoutTestContext(culture: "en")
{
    [Fact]
    public void The_programme_speaks_English()
    {
        var page = Render<EventListPage>();

        Assert.Equal("Programme and tickets", page.Find("h1").TextContent.Trim());
        var card = page.Find($"[data-event-id='{DemoCatalog.SoldOutPerformance}']");
        Assert.Contains("Tuesday 2 April 2030, 20:30", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("Sold out", card.QuerySelector("[data-testid=sold-out]")!.TextContent.Trim());
        Assert.Equal("Few tickets left", page.Find($"[data-event-id='{DemoCatalog.FewLeftPerformance}'] [data-testid=few-left]").TextContent.Trim());
        Assert.Equal("Search", page.Find("[data-testid=filter-submit]").TextContent.Trim());
    }

    [Fact]
    public void The_event_page_speaks_English()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"event/{DemoCatalog.Performance}");

        var page = Render<EventPage>(p => p.Add(e => e.PerformanceId, DemoCatalog.Performance));

        Assert.Equal("Monday 1 April 2030, 20:30 – 22:30", page.Find("[data-testid=event-when]").TextContent.Trim());
        var cjp = page.Find($"[data-discount-id='{DemoCatalog.Cjp}']");
        Assert.Equal("€23.50", cjp.QuerySelector("[data-testid=ticket-price]")!.TextContent.Trim());
        Assert.Equal("normally €24.50, €1.00 off", cjp.QuerySelector("[data-testid=ticket-discount]")!.TextContent.Trim());
        Assert.Equal("normally €24.50, 25% off", page.Find($"[data-discount-id='{DemoCatalog.CityPass}'] [data-testid=ticket-discount]").TextContent.Trim());
        Assert.Equal("Choose the number of tickets", page.Find("legend").TextContent.Trim());
        Assert.Equal("Add to cart", page.Find("[data-testid=add-to-cart]").TextContent.Trim());
    }
}
