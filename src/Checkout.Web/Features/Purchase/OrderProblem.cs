namespace Checkout.Web.Features.Purchase;

/// <summary>Why placing an order did not lead to a payment page; the cart and the typed details are kept in every case.</summary>
public enum OrderProblem
{
    None,

    /// <summary>The cart changed or its hold ended since the page was shown.</summary>
    CartChanged,

    /// <summary>VdM refused the order (its message is shown).</summary>
    Rejected,

    /// <summary>VdM did not answer usefully; trying again is safe.</summary>
    Unavailable,

    /// <summary>Too many orders from this visitor or address in a short time (rate limit); VdM was not asked.</summary>
    TooManyRequests,
}
