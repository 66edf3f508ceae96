using System.Text.Json;
using Checkout.VoordeMensen.Mapping;
using Checkout.VoordeMensen.Public.Wire;

namespace Checkout.VoordeMensen.Public.Mapping;

internal static class OrderMapper
{
    public static OrderCreateRequestDto ToWire(OrderRequest request) => new()
    {
        CartId = request.CartId,
        PaymentId = request.PaymentMethodId,
        RedirectUrl = request.RedirectUrl.AbsoluteUri,
        Email = request.Buyer.Email,
        FirstName = request.Buyer.FirstName,
        LastName = request.Buyer.LastName,
        Phone = request.Buyer.Phone ?? "",
        Address = request.Buyer.Address ?? "",
        City = request.Buyer.City ?? "",
        Zip = request.Buyer.Zip ?? "",
        OptIn = request.Buyer.ContactOptIn,
        MailingList = request.Buyer.MailingListOptIn,
    };

    /// <summary>Order create answers with a one-element array.</summary>
    public static OrderCreated ToCreated(IEnumerable<OrderCreatedDto>? dtos)
    {
        var dto = (dtos ?? []).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d.OrderKey));
        if (dto is null || WireValues.ToUri(dto.Url) is not { } paymentUrl)
        {
            throw new VoordeMensenException(
                VdmErrorKind.InvalidResponse,
                "VoordeMensen created no order: the answer had no payment url and order_key.");
        }

        return new OrderCreated(paymentUrl, dto.OrderKey!);
    }

    public static OrderStatus ToStatus(OrderStatusDto dto) => new(
        PaymentStatus.Parse(dto.PaymentStatus),
        dto.TicketCount ?? 0,
        WireValues.ToUri(dto.TicketsUrl),
        WireValues.ToUri(dto.ReceiptUrl),
        (dto.Seats ?? [])
            .Where(s => !string.IsNullOrWhiteSpace(s.SeatId))
            .Select(s => new OrderSeat(s.SeatId!, s.EventName ?? "", s.EventType))
            .ToList())
    {
        State = dto.OrderState is { ValueKind: JsonValueKind.String } state && !string.IsNullOrWhiteSpace(state.GetString())
            ? OrderState.Parse(state.GetString())
            : null,
    };
}
