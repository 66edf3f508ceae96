namespace Checkout.Web.Features.Orders;

/// <summary>Where an order stands against its payment window (<c>Shop:HoldMinutes</c> from when this shop placed it).</summary>
public enum OrderTiming
{
    /// <summary>Not placed through this shop (or its attempt expired): the window is unknown.</summary>
    Unknown,

    /// <summary>Placed through this shop, and the payment window is still open.</summary>
    PlacedHereRecently,

    /// <summary>Placed through this shop, and the payment window has passed.</summary>
    WindowPassed,
}
