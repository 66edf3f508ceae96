namespace Checkout.Web.Features.Cart;

public static class CartProblemText
{
    /// <summary>The visitor-facing sentence for a cart problem (resource keys "Problem{name}").</summary>
    public static string For(this Microsoft.Extensions.Localization.IStringLocalizer<CartText> t, CartProblem problem) =>
        t[$"Problem{problem}"];
}
