using Checkout.Web.Features.Cart;

namespace Checkout.Web.Features.Events;

/// <summary>
/// Why an order form post was refused, as the page shows it: the sentence for the visitor, and the kind in a stable
/// lower-case word for automation (<c>data-problem</c> on <c>ticket-type-error</c> and <c>add-to-cart-error</c>,
/// docs/automation.md), so a load generator or a venue's QA tells "too few left" from "sold out" without reading words.
/// </summary>
public sealed record AddToCartRefusal(string Problem, string Message)
{
    /// <summary>A quantity outside 0 to the cap: the per-order maximum, or fewer tickets left than asked for.</summary>
    public const string QuantityRangeProblem = "quantityrange";

    public static AddToCartRefusal QuantityRange(string message) => new(QuantityRangeProblem, message);

    public static AddToCartRefusal Of(AddToCartError error, string message) => new(Word(error.ToString()), message);

    public static AddToCartRefusal Of(CartProblem problem, string message) => new(Word(problem.ToString()), message);

    private static string Word(string name) => name.ToLowerInvariant();
}
