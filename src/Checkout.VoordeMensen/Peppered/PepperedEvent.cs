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

    /// <summary>
    /// Filled by the single-event call; the list call may carry the block counts only (docs/vdm-assumptions.md, "Block
    /// availability on the events list").
    /// </summary>
    public EventAvailability Availability { get; init; } = EventAvailability.None;
}

/// <summary>A price of an event: either by rank, or a named ticket type on a rank.</summary>
public sealed record PepperedPrice(int? RankId, string? PriceId, string? PriceName, string? RankName, decimal Amount);

/// <summary>
/// Free places of one event (single-event call only). <see cref="Ranks"/> is always filled when VdM sent availability;
/// <see cref="Seats"/> only when VdM lists single seats.
/// </summary>
public sealed record EventAvailability(
    IReadOnlyList<RankAvailability> Ranks,
    IReadOnlyList<BlockAvailability> Blocks,
    IReadOnlyList<SeatAvailability> Seats)
{
    public static EventAvailability None { get; } = new([], [], []);

    /// <summary>Whether a wheelchair place can be bought now; false when VdM only says how many are blocked.</summary>
    public bool WheelchairPlacesAvailable => Blocks.Any(b => b.Kind == BlockKind.Wheelchair && b.Available > 0);

    /// <summary>Whether VdM sent <c>blockAvailability</c> for the event at all (an empty list counts: no special places).</summary>
    public bool BlocksReported { get; init; }

    /// <summary>
    /// Whether a wheelchair place can be bought now, as far as VdM said: null when it sent no block availability, or
    /// only a count of wheelchair places (then the seat plan has to tell); false for a hall without them.
    /// </summary>
    public bool? WheelchairPlacesBuyable
    {
        get
        {
            var wheel = Blocks.Where(b => b.Kind == BlockKind.Wheelchair).ToList();
            return !BlocksReported ? null
                : wheel.Any(b => b.Available > 0) ? true
                : wheel.Any(b => b.Available is null) ? null
                : false;
        }
    }
}

/// <summary>Free places in one price rank.</summary>
public sealed record RankAvailability(int RankId, string? RankName, int Available);

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

/// <summary>
/// Places per block type; <see cref="RawType"/> keeps VdM's code (block, perf, ext, wheel, sight …). <see cref="Available"/>
/// is how many of them can be bought now, null when VdM only sent a count.
/// </summary>
public sealed record BlockAvailability(BlockKind Kind, string RawType, string? Name, int Total, int? Available);

public sealed record PepperedProduction(int Id, string Title, string? Artist, IReadOnlyList<PepperedEvent> Events);

public sealed record PepperedPaymentMethod(int Id, string Name, decimal Fee);
