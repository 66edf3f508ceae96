using Checkout.Tests.Shared.Fakes;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Carts;
using Checkout.VoordeMensen.Peppered;

namespace Checkout.UnitTests.VoordeMensen;

/// <summary>The library names VdM's refusals (docs/vdm-assumptions.md); anything it does not recognise is Rejected.</summary>
public sealed class RefusalTests
{
    [Theory]
    [InlineData(409, "Not enough tickets available", VdmRefusal.SoldOut)]
    [InlineData(404, "sub_event not found", VdmRefusal.NotForSale)]
    [InlineData(422, "Maximum number of tickets per order reached", VdmRefusal.LimitReached)]
    [InlineData(422, "This ticket type is not available", VdmRefusal.NotForSale)]
    [InlineData(400, "Event is not for sale", VdmRefusal.NotForSale)]
    [InlineData(503, "Service Unavailable", VdmRefusal.Unavailable)]
    [InlineData(422, "Something VdM never said before", VdmRefusal.Rejected)]
    public void A_refused_cart_change_is_named(int status, string message, VdmRefusal expected) =>
        Assert.Equal(expected, Refusals.OfCartChange(FakeVdmPublic.Error(status, message)));

    [Theory]
    [InlineData(422, "Cart is empty", VdmRefusal.CartGone)]
    [InlineData(422, "Betaalmethode niet beschikbaar", VdmRefusal.Rejected)]
    [InlineData(500, "Server Error", VdmRefusal.Unavailable)]
    public void A_refused_order_create_is_named(int status, string message, VdmRefusal expected) =>
        Assert.Equal(expected, Refusals.OfOrderCreate(FakeVdmPublic.Error(status, message)));

    [Fact]
    public void No_answer_in_time_or_a_refused_key_is_an_outage_not_the_visitor_s_doing()
    {
        Assert.Equal(VdmRefusal.Unavailable, Refusals.OfCartChange(FakeVdmPublic.Timeout()));
        Assert.Equal(VdmRefusal.Unavailable, Refusals.OfOrderCreate(new VoordeMensenException(VdmErrorKind.Unauthorized, "Unauthenticated.", 401)));
        Assert.Equal(VdmRefusal.Unavailable, Refusals.OfRead(new VoordeMensenException(VdmErrorKind.InvalidResponse, "HTML instead of JSON", 200)));
    }

    [Fact]
    public void Peppered_field_errors_come_out_as_customer_fields_without_wire_names()
    {
        var refused = new VoordeMensenException(VdmErrorKind.Validation, "The given data was invalid.", 422, new Dictionary<string, IReadOnlyList<string>>
        {
            ["customerHouseNr"] = ["Too long."],
            ["email"] = ["The email has already been taken.", "Second message."],
            ["customerUnknownField"] = ["Ignored."],
        });

        Assert.True(CustomerFieldErrors.TryRead(refused, out var errors));
        Assert.Equal(
            [KeyValuePair.Create(CustomerField.HouseNumber, "Too long."), KeyValuePair.Create(CustomerField.Email, "The email has already been taken.")],
            errors);
        Assert.False(CustomerFieldErrors.TryRead(FakeVdmPublic.Error(409, "Conflict"), out _));
    }
}
