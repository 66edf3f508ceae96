using Checkout.VoordeMensen;

namespace Checkout.Web.Features.Cart;

/// <summary>Why VdM refused or failed a cart action, in the terms the visitor is told (see CartText resources).</summary>
public enum CartProblem
{
    None,

    /// <summary>Not enough tickets left for this request (sold out meanwhile).</summary>
    SoldOut,

    /// <summary>A per-order maximum (of the performance or of the ticket type) would be exceeded.</summary>
    LimitReached,

    /// <summary>The performance or ticket type is no longer on sale.</summary>
    NotForSale,

    /// <summary>VdM did not answer usefully (timeout, 5xx, garbage): try again.</summary>
    Unavailable,

    /// <summary>Any other refusal.</summary>
    Rejected,

    /// <summary>Too many new carts from this visitor or address in a short time (rate limit); nothing was reserved.</summary>
    TooManyRequests,
}

public static class CartProblems
{
    /// <summary>Reads VdM's refusal: 409 means not enough tickets; 422 "maximum …" a per-order cap; 404 gone.</summary>
    public static CartProblem From(VoordeMensenException error) => error switch
    {
        _ when IsOutage(error) => CartProblem.Unavailable,
        { StatusCode: 409 } => CartProblem.SoldOut,
        { Kind: VdmErrorKind.NotFound } => CartProblem.NotForSale,
        _ when error.Message.Contains("maximum", StringComparison.OrdinalIgnoreCase) => CartProblem.LimitReached,
        _ when error.Message.Contains("not available", StringComparison.OrdinalIgnoreCase)
            || error.Message.Contains("not for sale", StringComparison.OrdinalIgnoreCase) => CartProblem.NotForSale,
        _ => CartProblem.Rejected,
    };

    /// <summary>
    /// VdM could not answer usefully (down, slow, garbage, or our key refused): nothing the visitor did wrong, and
    /// trying again later is the only remedy.
    /// </summary>
    public static bool IsOutage(VoordeMensenException error) =>
        error.Kind is VdmErrorKind.Unavailable or VdmErrorKind.Timeout or VdmErrorKind.InvalidResponse or VdmErrorKind.Unauthorized;
}
