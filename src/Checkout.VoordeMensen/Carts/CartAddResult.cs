using Checkout.VoordeMensen.Public;

namespace Checkout.VoordeMensen.Carts;

/// <summary>
/// The outcome of <see cref="ITicketCart.AddAsync"/>. <see cref="Cart"/> is the cart as VdM holds it afterwards (after
/// taking out what a refused attempt added), or null when VdM's cart did not change at all.
/// </summary>
public sealed record CartAddResult(PublicCart? Cart, VdmRefusal? Refusal = null, TicketItem? RefusedItem = null)
{
    public bool Succeeded => Refusal is null;
}
