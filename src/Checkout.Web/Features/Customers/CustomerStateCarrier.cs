using Checkout.Web.Shell.Visitors;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// When the visitor gets a new id, the old id is no longer verified and no token waits under it: whoever still holds
/// the old cookie is nobody. The new id gets its identity from the verification that rotated it.
/// </summary>
internal sealed class CustomerStateCarrier(VerifiedIdentityStore identities, PendingIdentityStore pendings) : IVisitorStateCarrier
{
    public async Task CarryOverAsync(ShopVisitor from, ShopVisitor to, CancellationToken cancellationToken)
    {
        await identities.RemoveAsync(from, cancellationToken);
        await pendings.RemoveAsync(from, cancellationToken);
    }
}
