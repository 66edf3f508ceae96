using Checkout.VoordeMensen.Public;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Events;

namespace Checkout.UnitTests.Events;

public sealed class AddToCartCheckTests
{
    private static readonly TicketType[] Types =
    [
        new("standard", "Standaard", 24.50m, DiscountKind.FixedAmount, 0m, 24.50m),
        new("cjp", "CJP", 24.50m, DiscountKind.FixedAmount, 1m, 23.50m),
    ];

    [Fact]
    public void Orders_the_typed_quantities_of_the_listed_types_only()
    {
        var check = AddToCartCheck.Of(Input(("standard", "2"), ("cjp", "0"), ("smuggled", "5")), Types, cap: 10);

        Assert.True(check.IsValid);
        Assert.Equal([new TicketRequest("standard", 2)], check.Requests);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("twee")]
    [InlineData("99999999999999999999")]
    public void A_quantity_outside_0_to_the_cap_is_marked_on_its_type(string quantity)
    {
        var check = AddToCartCheck.Of(Input(("standard", "1"), ("cjp", quantity)), Types, cap: 10);

        Assert.False(check.IsValid);
        Assert.Equal(["cjp"], check.InvalidQuantities);
        Assert.Equal(AddToCartError.None, check.Error);
    }

    [Fact]
    public void Empty_or_missing_fields_count_as_none_and_nothing_at_all_is_refused()
    {
        var check = AddToCartCheck.Of(Input(("standard", " ")), Types, cap: 10);

        Assert.Equal(AddToCartError.NothingChosen, check.Error);
        Assert.Empty(check.InvalidQuantities);
    }

    [Fact]
    public void Together_the_quantities_may_not_exceed_the_cap()
    {
        var check = AddToCartCheck.Of(Input(("standard", "3"), ("cjp", "3")), Types, cap: 5);

        Assert.Equal(AddToCartError.TooManyInTotal, check.Error);
        Assert.False(check.IsValid);
    }

    private static AddToCartInput Input(params (string DiscountId, string Quantity)[] lines) =>
        new() { Lines = [.. lines.Select(l => new AddToCartLine { DiscountId = l.DiscountId, Quantity = l.Quantity })] };
}
