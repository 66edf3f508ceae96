namespace Checkout.VoordeMensen.Carts;

/// <summary>
/// Reads VdM's refusals. VdM documents neither the status codes nor the messages of refused cart adds and order
/// creates, so these are heuristics from observed answers; each is listed in docs/vdm-assumptions.md with its fallback
/// (an unrecognised refusal is <see cref="VdmRefusal.Rejected"/>, never a crash).
/// </summary>
internal static class Refusals
{
    /// <summary>Down, slow, garbage, or our key refused: nothing the buyer did wrong.</summary>
    public static bool IsOutage(VoordeMensenException error) =>
        error.Kind is VdmErrorKind.Unavailable or VdmErrorKind.Timeout or VdmErrorKind.InvalidResponse or VdmErrorKind.Unauthorized;

    /// <summary>A refused cart change: 409 means not enough tickets; 404 gone; "maximum …" a per-order cap.</summary>
    public static VdmRefusal OfCartChange(VoordeMensenException error) => error switch
    {
        _ when IsOutage(error) => VdmRefusal.Unavailable,
        { StatusCode: 409 } => VdmRefusal.SoldOut,
        { Kind: VdmErrorKind.NotFound } => VdmRefusal.NotForSale,
        _ when Says(error, "maximum") => VdmRefusal.LimitReached,
        _ when Says(error, "not available") || Says(error, "not for sale") => VdmRefusal.NotForSale,
        _ => VdmRefusal.Rejected,
    };

    /// <summary>A refused order create: a message about the cart means the cart changed or is gone.</summary>
    public static VdmRefusal OfOrderCreate(VoordeMensenException error) => error switch
    {
        _ when IsOutage(error) => VdmRefusal.Unavailable,
        _ when Says(error, "cart") => VdmRefusal.CartGone,
        _ => VdmRefusal.Rejected,
    };

    public static VdmRefusal OfRead(VoordeMensenException error) => IsOutage(error) ? VdmRefusal.Unavailable : VdmRefusal.Rejected;

    private static bool Says(VoordeMensenException error, string words) => error.Message.Contains(words, StringComparison.OrdinalIgnoreCase);
}
