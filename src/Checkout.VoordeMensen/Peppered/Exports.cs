namespace Checkout.VoordeMensen.Peppered;

/// <summary>An order from the export: the order plus channel (www/sp), fee, seats and the inline customer.</summary>
public sealed record OrderExport(
    PepperedOrder Order,
    string Channel,
    decimal Fee,
    IReadOnlyList<ExportedSeat> Seats,
    IReadOnlyList<ExportedSeat> DeletedSeats,
    Customer? Customer);

/// <summary>A sold seat; VdM sends the id as an integer here, kept as an opaque string.</summary>
public sealed record ExportedSeat(
    string SeatId,
    int EventId,
    int? RankId,
    int? Row,
    int? SeatNumber,
    decimal Amount,
    string? PriceId,
    string? PriceName);

/// <summary><see cref="Type"/>: waiting, notified, converted, ….</summary>
public sealed record WaitingListEntry(
    int Id,
    int? CustomerId,
    int EventId,
    int NumberOfTickets,
    string Type,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? NotifiedAt,
    Customer? Customer);
