namespace Checkout.Web.Features.Cart;

/// <summary>The outcome of adding or re-reserving: on failure nothing of the attempt stays in the cart.</summary>
public sealed record CartChange(CartView View, CartProblem Problem = CartProblem.None, string? FailedDiscountId = null)
{
    /// <summary>Chosen seats that were taken meanwhile, when that is why nothing was held.</summary>
    public IReadOnlyList<SeatPlace> GoneSeats { get; init; } = [];

    /// <summary>The ticket lines of the chosen seats (companions included) a successful seat choice held.</summary>
    public IReadOnlyList<HeldTicket> HeldSeats { get; init; } = [];

    public bool Succeeded => Problem == CartProblem.None;
}
