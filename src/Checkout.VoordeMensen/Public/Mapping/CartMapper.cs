using Checkout.VoordeMensen.Mapping;
using Checkout.VoordeMensen.Public.Wire;
using Checkout.VoordeMensen.Time;

namespace Checkout.VoordeMensen.Public.Mapping;

internal static class CartMapper
{
    /// <summary>Without a trailing totalprice element the total is the sum of the lines.</summary>
    public static PublicCart ToCart(CartWire? wire)
    {
        if (wire is null || wire.Items.Count == 0)
        {
            return PublicCart.Empty;
        }

        var lines = wire.Items.Select(ToLine).OfType<CartLine>().ToList();
        return new PublicCart(lines, wire.Total ?? lines.Sum(l => l.Price));
    }

    private static CartLine? ToLine(CartItemDto dto)
    {
        if (string.IsNullOrWhiteSpace(dto.SeatId) || dto.EventId is not { } eventId)
        {
            return null;
        }

        return new CartLine
        {
            SeatId = dto.SeatId,
            Row = WireValues.Numbered(dto.Row),
            SeatNumber = WireValues.Numbered(dto.SeatNumber),
            Section = string.IsNullOrWhiteSpace(dto.Section) ? null : dto.Section,
            EventId = eventId,
            EventName = dto.EventName ?? "",
            LocationName = dto.LocationName ?? "",
            Start = AmsterdamTime.FromCartDate(dto.Date, dto.Time),
            Quantity = dto.NumberOfTickets is { } n and > 0 ? n : 1,
            Price = dto.Price ?? 0m,
            CategoryName = dto.CategoryName ?? "",
            DiscountId = dto.DiscountId ?? "",
            DiscountName = dto.DiscountName ?? "",
        };
    }
}
