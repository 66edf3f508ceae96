namespace Checkout.VoordeMensen.Peppered;

/// <summary>A Peppered event (= VdM sub event / performance).</summary>
public sealed record PepperedEvent
{
    public required int Id { get; init; }
    public required int ProductionId { get; init; }
    public required string Name { get; init; }

    /// <summary>event, passepartout, voucher, combi, horeca, product; null when not set.</summary>
    public string? EventType { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }
    public int? HallId { get; init; }
    public IReadOnlyList<PepperedPrice> Prices { get; init; } = [];

    /// <summary>Filled only by the single-event call.</summary>
    public EventAvailability Availability { get; init; } = EventAvailability.None;
}

/// <summary>A price of an event: either by rank, or a named ticket type on a rank.</summary>
public sealed record PepperedPrice(int? RankId, string? PriceId, string? PriceName, string? RankName, decimal Amount);

public sealed record EventAvailability(IReadOnlyList<SeatAvailability> Seats, IReadOnlyList<BlockAvailability> Blocks)
{
    public static EventAvailability None { get; } = new([], []);
}

public sealed record SeatAvailability(string SeatId, int? RankId, bool Available);

public enum BlockKind
{
    Capacity,
    Performer,
    SoldExternally,
    Group,
    Press,
    Wheelchair,
    Technical,
    TheatreHold,
    ObstructedView,
    Unknown,
}

/// <summary>Seats held back per block type; <see cref="RawType"/> keeps VdM's code (block, perf, ext, …).</summary>
public sealed record BlockAvailability(BlockKind Kind, string RawType, string? Name, int Count);

public sealed record PepperedProduction(int Id, string Title, string? Artist, IReadOnlyList<PepperedEvent> Events);

public sealed record PepperedPaymentMethod(int Id, string Name, decimal Fee);
