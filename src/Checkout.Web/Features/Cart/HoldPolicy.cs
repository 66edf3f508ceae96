using Checkout.Web.Shell.Clients;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// How long and how often one selection may be held. Every change of a held cart (renewal, add, removal, donation)
/// restarts VdM's hold, so each one counts against <see cref="ShopOptions.MaxRenewals"/>, and none may make the hold
/// end later than <see cref="ShopOptions.MaxHoldMinutes"/> after the selection was first held. What is held stays held
/// until its hold ends; only extending it is refused.
/// </summary>
public static class HoldPolicy
{
    /// <summary>Whether a change that restarts the hold of <paramref name="session"/>'s held selection may happen now.</summary>
    public static bool MayExtend(CartSession session, ShopOptions shop, DateTimeOffset now) =>
        session.Renewals < shop.MaxRenewals && (ExtendableUntil(session, shop) is not { } last || now <= last);

    /// <summary>
    /// The last moment a change may restart the hold without it ending after the selection's maximum age: a restarted
    /// hold lasts as long as the last one VdM gave (or the configured hold). Null when nothing is held.
    /// </summary>
    public static DateTimeOffset? ExtendableUntil(CartSession session, ShopOptions shop) =>
        session.HoldStartedAt is { } started && !session.Cart.IsEmpty
            ? started.AddMinutes(shop.MaxHoldMinutes - (session.HoldMinutes ?? shop.HoldMinutes))
            : null;
}
