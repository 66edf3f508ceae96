namespace Checkout.Surge;

/// <summary>How the shop turned a buyer away. Every kind but <see cref="RateLimited"/> is the shop's correct answer.</summary>
public enum RefusalKind
{
    /// <summary>Nothing left: the event page shows no form (<c>event-sold-out</c>) or VdM refused the add (<c>soldout</c>).</summary>
    SoldOut,

    /// <summary>
    /// Fewer seats left than asked for, or a per-order maximum: <c>quantityrange</c>, <c>toomanyintotal</c>,
    /// <c>limitreached</c>, <c>cap-reached</c> (VdM's <c>event_free</c> is the order limit, reduced as the last seats go).
    /// </summary>
    TooFewLeft,

    /// <summary>The seats one visitor or one network may hold at once (<c>seatspervisitorreached</c>, <c>seatsperaddressreached</c>).</summary>
    SeatCap,

    /// <summary>HTTP 429, or the cart-creation limit in the form (<c>toomanyrequests</c>): an error for the buyer, reported apart.</summary>
    RateLimited,
}
