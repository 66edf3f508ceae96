using System.Text.Json;
using Checkout.VoordeMensen.Json;
using Checkout.VoordeMensen.Peppered.Wire;
using Checkout.VoordeMensen.Public;
using Checkout.VoordeMensen.Public.Mapping;
using Checkout.VoordeMensen.Public.Wire;

namespace Checkout.UnitTests.VoordeMensen;

public sealed class WireJsonTests
{
    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, VdmJson.Options)!;

    [Theory]
    [InlineData("\"24.50\"")]
    [InlineData("24.50")]
    [InlineData("24.5")]
    public void Money_reads_from_strings_and_numbers_as_exact_decimals(string value)
    {
        var dto = Read<TicketTypeDto>($$"""{"discounted_price": {{value}}}""");

        Assert.Equal(24.50m, dto.DiscountedPrice);
    }

    [Fact]
    public void Integers_read_from_strings_too()
    {
        Assert.Equal(95, Read<EventDto>("""{"event_id": "95", "event_free": 10}""").EventId);
    }

    [Fact]
    public void Escaped_and_literal_euro_signs_are_the_same_fixed_amount_discount()
    {
        var escaped = Read<TicketTypeDto>("""{"discount_type": "\u20ac"}""");
        var literal = Read<TicketTypeDto>("""{"discount_type": "€"}""");

        Assert.Equal(DiscountKind.FixedAmount, TicketTypeMapper.ToKind(escaped.DiscountType));
        Assert.Equal(DiscountKind.FixedAmount, TicketTypeMapper.ToKind(literal.DiscountType));
        Assert.Equal(DiscountKind.Percentage, TicketTypeMapper.ToKind("%"));
        Assert.Equal(DiscountKind.FixedPrice, TicketTypeMapper.ToKind("="));
        Assert.Equal(DiscountKind.Unknown, TicketTypeMapper.ToKind("?"));
    }

    [Theory]
    [InlineData("\"azL0bNZdD1\"", "azL0bNZdD1")]
    [InlineData("2904", "2904")]
    public void Seat_ids_are_opaque_strings_whether_sent_as_string_or_integer(string value, string expected)
    {
        Assert.Equal(expected, Read<ExportSeatDto>($$"""{"seatId": {{value}}}""").SeatId);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("\"1\"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("0", false)]
    public void Booleans_accept_the_usual_PHP_spellings(string value, bool expected)
    {
        Assert.Equal(expected, Read<SeatDto>($$"""{"available": {{value}}}""").Available);
    }

    [Theory]
    [InlineData("\"2026-04-22T14:35:00+02:00\"", "2026-04-22T14:35:00+02:00")]
    [InlineData("\"2026-04-22T12:35:00Z\"", "2026-04-22T12:35:00+00:00")]
    [InlineData("\"2026-04-22 14:35:00\"", "2026-04-22T14:35:00+02:00")]
    public void Peppered_timestamps_keep_their_offset_or_are_taken_as_Amsterdam_time(string value, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), Read<PepperedCartDto>($$"""{"timeOut": {{value}}}""").TimeOut);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\"0000-00-00 00:00:00\"")]
    public void Unset_Peppered_timestamps_read_as_null(string value)
    {
        Assert.Null(Read<PepperedCartDto>($$"""{"timeOut": {{value}}}""").TimeOut);
    }

    [Fact]
    public void Missing_optional_fields_read_as_null()
    {
        var dto = Read<EventDto>("""{"event_id": 94}""");

        Assert.Null(dto.SubEvents);
        Assert.Null(dto.Image);
        Assert.Null(dto.Free);
    }

    [Fact]
    public void Writing_uses_the_exact_public_field_names()
    {
        var json = JsonSerializer.Serialize(new CartAddRequestDto { EventId = 95, NumberOfTickets = 2, DiscountId = "2ePdA8q3BN" }, VdmJson.Options);

        Assert.Equal("""{"event_id":95,"numberoftickets":2,"discount_id":"2ePdA8q3BN"}""", json);
    }
}
