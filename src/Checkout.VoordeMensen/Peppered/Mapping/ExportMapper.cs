using Checkout.VoordeMensen.Peppered.Wire;

namespace Checkout.VoordeMensen.Peppered.Mapping;

internal static class ExportMapper
{
    public static IReadOnlyList<OrderExport> ToOrderExports(IEnumerable<OrderExportDto>? dtos) =>
        (dtos ?? [])
            .Select(d => (Dto: d, Order: PepperedOrderMapper.ToOrder(d)))
            .Where(x => x.Order is not null)
            .Select(x => new OrderExport(
                x.Order!,
                x.Dto.Channel ?? "",
                x.Dto.Fee ?? 0m,
                ToSeats(x.Dto.Seats),
                ToSeats(x.Dto.DeletedSeats),
                CustomerMapper.ToCustomer(x.Dto.User)))
            .ToList();

    public static IReadOnlyList<WaitingListEntry> ToWaitingList(IEnumerable<WaitingListDto>? dtos) =>
        (dtos ?? [])
            .Where(d => d.WaitingId is not null && d.EventId is not null)
            .Select(d => new WaitingListEntry(
                d.WaitingId!.Value,
                d.CustomerId,
                d.EventId!.Value,
                d.NumberOfTickets ?? 0,
                d.Type ?? "",
                d.CreatedAt,
                d.NotifiedAt,
                CustomerMapper.ToCustomer(d.User)))
            .ToList();

    public static IReadOnlyList<Customer> ToCustomers(IEnumerable<CustomerDto>? dtos) =>
        (dtos ?? []).Select(CustomerMapper.ToCustomer).OfType<Customer>().ToList();

    private static IReadOnlyList<ExportedSeat> ToSeats(IEnumerable<ExportSeatDto>? dtos) =>
        (dtos ?? [])
            .Where(s => !string.IsNullOrWhiteSpace(s.SeatId) && s.EventId is not null)
            .Select(s => new ExportedSeat(s.SeatId!, s.EventId!.Value, s.RankId, s.RowNumber, s.SeatNumber, s.Amount ?? 0m, s.PriceId, s.PriceName))
            .ToList();
}
