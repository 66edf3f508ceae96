using Checkout.VoordeMensen.Carts;

namespace Checkout.Web.Features.Cart;

public static class CartProblems
{
    /// <summary>VdM's refusal of a cart change in the terms the visitor is told.</summary>
    public static CartProblem From(VdmRefusal refusal) => refusal switch
    {
        VdmRefusal.SoldOut => CartProblem.SoldOut,
        VdmRefusal.LimitReached => CartProblem.LimitReached,
        VdmRefusal.NotForSale => CartProblem.NotForSale,
        VdmRefusal.Unavailable => CartProblem.Unavailable,
        _ => CartProblem.Rejected,
    };
}
