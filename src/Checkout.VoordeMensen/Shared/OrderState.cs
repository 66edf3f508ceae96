namespace Checkout.VoordeMensen;

/// <summary>VdM's orderStatus: ord, cancel, reemit, reissue, res, pros, trash.</summary>
public enum OrderStateKind
{
    /// <summary>ord: a regular order.</summary>
    Regular,

    /// <summary>cancel: cancelled (also after it was paid).</summary>
    Cancelled,

    /// <summary>reemit: a re-issued replacement.</summary>
    Reemitted,

    /// <summary>reissue: re-issued (older, valid again).</summary>
    Reissued,

    /// <summary>res: a reservation, unpaid.</summary>
    Reservation,

    /// <summary>pros: a prospect / offer.</summary>
    Prospect,

    /// <summary>trash: soft-deleted.</summary>
    Trash,

    /// <summary>A value this library does not know, or no value at all.</summary>
    Unknown,
}

/// <summary>An order's state; <see cref="Raw"/> keeps VdM's value for states this library does not know.</summary>
public sealed record OrderState(OrderStateKind Kind, string Raw)
{
    public static OrderState Unknown { get; } = new(OrderStateKind.Unknown, "");

    public static OrderState Parse(string? raw)
    {
        var value = raw?.Trim() ?? "";
        var kind = value.ToLowerInvariant() switch
        {
            "ord" => OrderStateKind.Regular,
            "cancel" => OrderStateKind.Cancelled,
            "reemit" => OrderStateKind.Reemitted,
            "reissue" => OrderStateKind.Reissued,
            "res" => OrderStateKind.Reservation,
            "pros" => OrderStateKind.Prospect,
            "trash" => OrderStateKind.Trash,
            _ => OrderStateKind.Unknown,
        };
        return new OrderState(kind, value);
    }
}
