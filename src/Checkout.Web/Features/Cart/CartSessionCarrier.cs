using Checkout.Web.Shell.Visitors;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// The cart session (the VdM cart, the selection, the typed buyer details) follows the visitor to a new id after
/// verification; the old id keeps nothing, so the old cookie no longer reaches the cart.
/// </summary>
internal sealed class CartSessionCarrier(CartSessionStore store) : IVisitorStateCarrier
{
    public async Task CarryOverAsync(ShopVisitor from, ShopVisitor to, CancellationToken cancellationToken)
    {
        await store.SaveAsync(to, await store.GetAsync(from, cancellationToken), cancellationToken);
        await store.RemoveAsync(from, cancellationToken);
    }
}
