using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Tests.Shared.Fakes;
using Checkout.Web.Components.Shared;
using Checkout.Web.Features.Cart;

namespace Checkout.ComponentTests.Cart;

public sealed class CartLineItemTests : CheckoutTestContext
{
    private static readonly HeldTicket Numbered = new()
    {
        SeatId = "seat-7",
        Row = "3",
        SeatNumber = "12",
        Section = "Balkon",
        EventId = DemoCatalog.Performance,
        EventName = "Hamlet",
        LocationName = "Grote Zaal",
        Start = DemoCatalog.Start,
        Price = 24.50m,
        DiscountId = DemoCatalog.Standard,
        DiscountName = "Standaard",
    };

    [Fact]
    public void An_assigned_seat_shows_its_section_row_and_number_and_names_it_on_the_remove_button()
    {
        var line = Render(Numbered);

        Assert.Equal("Balkon, rij 3, stoel 12", line.Find("[data-testid=cart-line-seat]").TextContent);
        Assert.Equal(
            $"Standaard voor Hamlet, {Formats.DateTime(DemoCatalog.Start)}, Balkon, rij 3, stoel 12 verwijderen",
            line.Find("[data-testid=cart-line-remove]").GetAttribute("aria-label"));
    }

    [Fact]
    public void A_seat_without_section_shows_row_and_number()
    {
        var line = Render(Numbered with { Section = null });

        Assert.Equal("rij 3, stoel 12", line.Find("[data-testid=cart-line-seat]").TextContent);
    }

    [Fact]
    public void General_admission_shows_no_seat()
    {
        var line = Render(Numbered with { Row = null, SeatNumber = null, Section = null });

        Assert.Empty(line.FindAll("[data-testid=cart-line-seat]"));
        Assert.DoesNotContain("rij", line.Markup);
    }

    private IRenderedComponent<CartLineItem> Render(HeldTicket cartLine) => Render<CartLineItem>(p => p
        .Add(l => l.Line, cartLine)
        .Add(l => l.Name, "Change.Remove")
        .Add(l => l.Problem, CartProblem.None));
}
