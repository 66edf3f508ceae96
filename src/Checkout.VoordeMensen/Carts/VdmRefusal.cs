namespace Checkout.VoordeMensen.Carts;

/// <summary>
/// What VdM's refusal or failure means for the buyer, read from its answer by the library (docs/vdm-assumptions.md
/// names each heuristic). The shop turns these into its own translated messages.
/// </summary>
public enum VdmRefusal
{
    /// <summary>Not enough tickets left for this request (sold out meanwhile).</summary>
    SoldOut,

    /// <summary>A per-order maximum (of the performance or of the ticket type) would be exceeded.</summary>
    LimitReached,

    /// <summary>The performance or ticket type is no longer on sale.</summary>
    NotForSale,

    /// <summary>The cart changed, ended or became an order already: there is nothing (left) to order.</summary>
    CartGone,

    /// <summary>VdM could not answer usefully (down, slow, garbage, or our key refused): trying again later is the only remedy.</summary>
    Unavailable,

    /// <summary>Any other refusal; <see cref="VdmResult{T}.Message"/> carries VdM's own words.</summary>
    Rejected,
}
