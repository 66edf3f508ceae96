namespace Checkout.VoordeMensen.Public;

/// <summary>A VdM sub event: one dated performance of a production. Carts and prices use its <see cref="Id"/>.</summary>
public sealed record Performance
{
    public required int Id { get; init; }
    public required int ProductionId { get; init; }
    public required string Name { get; init; }
    public string Text { get; init; } = "";
    public string ShortText { get; init; } = "";
    public Uri? Url { get; init; }
    public Uri? ImageUrl { get; init; }
    public required DateTimeOffset Start { get; init; }

    /// <summary>Null when VdM has no end time ("00:00:00"); rolled to the next day when it ends past midnight.</summary>
    public DateTimeOffset? End { get; init; }

    /// <summary>Later cut-off / real end of multi-day events; null when not set.</summary>
    public DateTimeOffset? ViewEnd { get; init; }

    public required PerformanceStatus Status { get; init; }
    public string StatusRaw { get; init; } = "";

    /// <summary>event_free: the most tickets one order may hold (not remaining capacity).</summary>
    public int MaxPerOrder { get; init; }

    public int? LocationId { get; init; }
    public string LocationName { get; init; } = "";
    public IReadOnlyList<string> EventTypes { get; init; } = [];

    /// <summary>Published and at least one ticket may be ordered.</summary>
    public bool IsOnSale => Status == PerformanceStatus.Published && MaxPerOrder > 0;
}
