using Checkout.VoordeMensen;

namespace Checkout.Web.Features.Cart;

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
