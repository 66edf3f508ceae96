using Checkout.VoordeMensen.Peppered.Wire;

namespace Checkout.VoordeMensen.Peppered.Mapping;

internal static class PepperedOrderMapper
{
    public static IReadOnlyList<PepperedOrder> ToOrders(IEnumerable<OrderDto>? dtos) =>
        (dtos ?? []).Select(ToOrder).OfType<PepperedOrder>().ToList();

    public static PepperedOrder? ToOrder(OrderDto? dto) =>
        dto?.OrderId is not { } id
            ? null
            : new PepperedOrder
            {
                Id = id,
                OrderKey = dto.OrderKey ?? "",
                CustomerId = dto.CustomerId,
                State = OrderState.Parse(dto.OrderStatus),
                PaymentStatus = PaymentStatus.Parse(dto.PaymentStatus),
                OrderDate = dto.OrderDate,
                TimeOut = dto.TimeOut,
                Amount = dto.Amount ?? 0m,
                Donation = dto.OrderDonation ?? (dto as OrderExportDto)?.Donation ?? 0m,
                LastChanged = dto.LastChanged,
                PaymentMethodName = dto.PaymentMethodName ?? "",
                DiscountName = dto.DiscountName,
            };
}
