using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.VoordeMensen.Public;
using Checkout.Web.Components.Shared;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Features.Cart;

namespace Checkout.ComponentTests.Purchase;

public sealed class OrderSummaryTests : CheckoutTestContext
{
    private static readonly DateTimeOffset Start = new(2030, 4, 1, 20, 30, 0, TimeSpan.FromHours(2));

    private static HeldTicket Line(string seatId, decimal price, string? row = null, string? seat = null) => new()
    {
        SeatId = seatId, EventId = 95, EventName = "Hamlet", LocationName = "Grote Zaal", Start = Start,
        Price = price, DiscountId = "x", DiscountName = "CJP", Row = row, SeatNumber = seat,
    };

    [Fact]
    public void Lists_each_ticket_with_its_seat_and_adds_the_payment_costs_to_the_total()
    {
        var cart = new HeldCart([Line("a", 23.50m, "5", "12"), Line("b", 23.50m, seat: "7"), Line("c", 23.50m)], 70.50m);

        var summary = Render<OrderSummary>(p => p
            .Add(s => s.Cart, cart)
            .Add(s => s.Method, new PaymentMethod(34, "Creditcard", 1.50m)));

        Assert.Contains("Hamlet", summary.Find("h3").TextContent, StringComparison.Ordinal);
        Assert.Contains(Formats.DateTime(Start), summary.Find(".summary-when").TextContent, StringComparison.Ordinal);
        Assert.Contains("Grote Zaal", summary.Find(".summary-when").TextContent, StringComparison.Ordinal);
        var lines = summary.FindAll("[data-testid=summary-line]");
        Assert.Equal(3, lines.Count);
        Assert.Contains("CJP", lines[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Rij 5, stoel 12", lines[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Stoel 7", lines[1].TextContent, StringComparison.Ordinal);
        Assert.Empty(lines[2].QuerySelectorAll(".summary-seat"));
        Assert.Contains(Formats.Money(23.50m), lines[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(Formats.Money(70.50m), summary.Find("[data-testid=checkout-subtotal]").TextContent);
        Assert.Contains("Creditcard", summary.Find("dt:has(+ [data-testid=checkout-surcharge])").TextContent, StringComparison.Ordinal);
        Assert.Equal(Formats.Money(1.50m), summary.Find("[data-testid=checkout-surcharge]").TextContent);
        Assert.Equal(Formats.Money(72.00m), summary.Find("[data-testid=checkout-total]").TextContent);
    }

    [Fact]
    public void Without_a_payment_method_the_total_is_the_tickets()
    {
        var summary = Render<OrderSummary>(p => p
            .Add(s => s.Cart, new HeldCart([Line("a", 24.50m)], 24.50m))
            .Add(s => s.Method, null));

        Assert.Empty(summary.FindAll("[data-testid=checkout-surcharge]"));
        Assert.Equal(Formats.Money(24.50m), summary.Find("[data-testid=checkout-total]").TextContent);
    }

    [Fact]
    public void Shows_the_donation_and_counts_it_with_the_payment_costs_in_the_total()
    {
        var cart = new HeldCart([Line("a", 23.50m), Line("b", 23.50m)], 47m);

        var summary = Render<OrderSummary>(p => p
            .Add(s => s.Cart, cart)
            .Add(s => s.Donation, 5m)
            .Add(s => s.Method, new PaymentMethod(34, "Creditcard", 1.50m)));

        Assert.Equal(Formats.Money(47m), summary.Find("[data-testid=checkout-subtotal]").TextContent);
        Assert.Equal("Donatie", summary.Find("dt:has(+ [data-testid=checkout-donation])").TextContent);
        Assert.Equal(Formats.Money(5m), summary.Find("[data-testid=checkout-donation]").TextContent);
        Assert.Equal(Formats.Money(53.50m), summary.Find("[data-testid=checkout-total]").TextContent);
    }

    [Fact]
    public void Shows_no_donation_row_without_a_donation()
    {
        var summary = Render<OrderSummary>(p => p
            .Add(s => s.Cart, new HeldCart([Line("a", 23.50m)], 23.50m))
            .Add(s => s.Method, null));

        Assert.Empty(summary.FindAll("[data-testid=checkout-donation]"));
        Assert.Equal(Formats.Money(23.50m), summary.Find("[data-testid=checkout-total]").TextContent);
    }
}
