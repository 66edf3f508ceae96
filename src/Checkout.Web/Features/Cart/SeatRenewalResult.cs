namespace Checkout.Web.Features.Cart;

/// <summary>Chosen seats held again: the seat ids now held and the seats that had to be replaced, or why nothing was held.</summary>
public sealed record SeatRenewalResult(CartProblem Problem, IReadOnlyList<string> SeatIds, IReadOnlyList<SeatSwap> Swaps)
{
    public static SeatRenewalResult Failed(CartProblem problem) => new(problem, [], []);
}
