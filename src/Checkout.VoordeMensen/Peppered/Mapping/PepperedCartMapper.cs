using Checkout.VoordeMensen.Peppered.Wire;

namespace Checkout.VoordeMensen.Peppered.Mapping;

internal static class PepperedCartMapper
{
    public static PepperedCartSummary ToSummary(PepperedCartDto dto, string requestedCartId) =>
        new(dto.CartId ?? requestedCartId, dto.TimeOut, dto.NumberOfItems ?? 0, dto.Amount ?? 0m);

    public static PepperedCart ToCart(PepperedCartDto dto, string requestedCartId)
    {
        var items = (dto.CartItems ?? [])
            .Where(i => !string.IsNullOrWhiteSpace(i.ItemId))
            .Select(i => new PepperedCartItem(
                i.ItemType ?? "",
                i.ItemId!,
                i.EventId,
                i.PriceId,
                i.PriceName,
                i.Description ?? "",
                i.Amount ?? 0m))
            .ToList();
        return new PepperedCart(dto.CartId ?? requestedCartId, dto.TimeOut, dto.NumberOfItems ?? items.Count, dto.Amount ?? items.Sum(i => i.Amount), items);
    }

    public static List<CartAddItemDto> ToWire(IEnumerable<PepperedCartAddition> additions) =>
        additions.Select(a => new CartAddItemDto
        {
            PriceId = a.PriceId,
            RankId = a.RankId,
            EventId = a.EventId,
            NumberOfTickets = a.Quantity,
            SeatId = a.SeatId,
            Amount = a.Amount,
        }).ToList();
}
