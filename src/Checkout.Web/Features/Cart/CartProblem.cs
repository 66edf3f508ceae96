namespace Checkout.Web.Features.Cart;

/// <summary>Why a cart action did not happen, in the terms the visitor is told (resource keys "Problem{name}" of CartText).</summary>
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

    /// <summary>
    /// The held selection was extended as often or is as old as allowed (<see cref="HoldPolicy"/>): it stays held until its
    /// hold ends, but no change may extend it further.
    /// </summary>
    HoldLimitReached,

    /// <summary>The visitor already holds as many seats at once as one visitor may (<c>Shop:MaxSeatsPerVisitor</c>); they keep them.</summary>
    SeatsPerVisitorReached,

    /// <summary>
    /// The visitor's network already holds as many seats at once as one address may (<c>Shop:MaxSeatsPerAddress</c>):
    /// finish an order first. What the visitor holds stays held.
    /// </summary>
    SeatsPerAddressReached,

    /// <summary>A seat the visitor picked on the plan was taken meanwhile; nothing of the choice was held.</summary>
    SeatTaken,

    /// <summary>A chosen seat that can only be had with another (a companion seat without its wheelchair place).</summary>
    SeatNotAlone,
}
