using Checkout.VoordeMensen.Carts;

namespace Checkout.Web.Features.Purchase;

public static class OrderProblems
{
    /// <summary>VdM's refusal of an order create in the terms the visitor is told.</summary>
    public static OrderProblem From(VdmRefusal refusal) => refusal switch
    {
        VdmRefusal.Unavailable => OrderProblem.Unavailable,
        VdmRefusal.CartGone => OrderProblem.CartChanged,
        _ => OrderProblem.Rejected,
    };
}
