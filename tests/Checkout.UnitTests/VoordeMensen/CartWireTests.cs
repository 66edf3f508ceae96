using System.Text.Json;
using Checkout.VoordeMensen.Json;
using Checkout.VoordeMensen.Public;
using Checkout.VoordeMensen.Public.Mapping;
using Checkout.VoordeMensen.Public.Wire;

namespace Checkout.UnitTests.VoordeMensen;

public sealed class CartWireTests
{
    private static PublicCart Map(string json) =>
        CartMapper.ToCart(JsonSerializer.Deserialize<CartWire>(json, VdmJson.Options));

    [Fact]
    public void Items_and_the_trailing_total_are_split_out_of_the_mixed_array()
    {
        var cart = Map("""
            [{"seat_id": "a1", "seat_row_nr": "3", "seat_nr": "12", "pmp_name": "Parket", "event_id": 95, "seat_price": "24.50"},
             {"seat_id": "a2", "seat_row_nr": "3", "seat_nr": "13", "pmp_name": "Parket", "event_id": 95, "seat_price": 18.38},
             {"totalprice": "42.88"}]
            """);

        Assert.Equal(["a1", "a2"], cart.Lines.Select(l => l.SeatId));
        Assert.Equal(("3", "12", "Parket"), (cart.Lines[0].Row, cart.Lines[0].SeatNumber, cart.Lines[0].Section));
        Assert.Equal(42.88m, cart.Total);
        Assert.Equal(2, cart.TicketCount);
    }

    [Theory]
    [InlineData("""[{"cart": 0}]""")]
    [InlineData("[]")]
    [InlineData("""[{"totalprice": "0.00"}]""")]
    public void Empty_carts_are_recognised(string json)
    {
        var cart = Map(json);

        Assert.True(cart.IsEmpty);
        Assert.Equal(0m, cart.Total);
    }

    [Theory]
    [InlineData("81.00")]
    [InlineData("36.75")]
    [InlineData("95.00")]
    public void The_total_is_vdms_totalprice_never_the_sum_of_the_lines(string totalprice)
    {
        var cart = Map($$"""[{"seat_id": "a1", "event_id": 95, "seat_price": "45.00"}, {"seat_id": "a2", "event_id": 95, "seat_price": "45.00"}, {"totalprice": "{{totalprice}}"}]""");

        Assert.Equal(90.00m, cart.Lines.Sum(l => l.Price));
        Assert.Equal(decimal.Parse(totalprice, System.Globalization.CultureInfo.InvariantCulture), cart.Total);
    }

    [Fact]
    public void Without_a_total_element_the_lines_are_summed()
    {
        var cart = Map("""[{"seat_id": "a1", "event_id": 95, "seat_price": "24.50"}, {"seat_id": "a2", "event_id": 95, "seat_price": "1.50"}]""");

        Assert.Equal(26.00m, cart.Total);
    }

    [Fact]
    public void Elements_of_unknown_shape_and_lines_without_an_event_are_ignored()
    {
        var cart = Map("""[{"recommand": []}, "junk", {"seat_id": "x"}, {"seat_id": "a1", "event_id": 95, "seat_price": "5.00"}, {"totalprice": "5.00"}]""");

        Assert.Equal("a1", Assert.Single(cart.Lines).SeatId);
    }

    [Fact]
    public void A_cart_that_is_not_an_array_is_refused()
    {
        Assert.Throws<JsonException>(() => Map("""{"message": "Cart not found"}"""));
    }
}
