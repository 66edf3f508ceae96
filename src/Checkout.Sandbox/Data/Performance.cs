namespace Checkout.Sandbox.Data;

/// <summary>A VdM sub event (Peppered: event): one dated performance with its own seats.</summary>
internal sealed class Performance(int id, Production production, Hall hall, DateTime start, DateTime end)
{
    public const string Published = "pub";
    public const string NoSale = "nosal";
    public const string Unpublished = "unpub";

    public int Id => id;
    public Production Production => production;
    public Hall Hall => hall;
    public DateTime Start => start;
    public DateTime End => end;
    public string Status { get; init; } = Published;
    public int MaxPerOrder { get; init; } = 10;
    public decimal BasePrice { get; init; }
    public IReadOnlyList<TicketType> TicketTypes { get; init; } = [];
    public List<Seat> Seats { get; } = [];

    /// <summary>An order-level discount VdM grants on this performance's tickets in one cart; null = none.</summary>
    public GroupDiscount? GroupDiscount { get; set; }

    /// <summary>VdM totals this performance's tickets from unrounded prices and rounds once, so the total may differ from the seat prices' sum by a cent.</summary>
    public bool TotalsUnroundedPrices { get; set; }

    public bool OnSale => Status == Published;

    public decimal PriceFor(int rankId) => BasePrice + hall.Rank(rankId).PriceOffset;

    public int FreeSeats => Seats.Count(s => s.IsFree);

    /// <summary>Public event_free: the per-order maximum, never more than what is left.</summary>
    public int EventFree => OnSale ? Math.Min(MaxPerOrder, FreeSeats) : 0;

    public int ClaimedWith(TicketType type) => Seats.Count(s => s.Claim?.TicketType == type);

    public bool IsAvailable(TicketType type) => type.PerEventCap is not { } cap || ClaimedWith(type) < cap;
}
