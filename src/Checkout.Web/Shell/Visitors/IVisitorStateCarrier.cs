namespace Checkout.Web.Shell.Visitors;

/// <summary>
/// What a feature keeps per visitor id, carried over when <see cref="IVisitorRotation"/> gives the visitor a new id:
/// copy to <c>to</c>, remove from <c>from</c>. Runs under the old id's <see cref="IVisitorLock"/>, so it must not take
/// that lock itself (no <c>CartSessions.OpenAsync</c>).
/// </summary>
public interface IVisitorStateCarrier
{
    Task CarryOverAsync(ShopVisitor from, ShopVisitor to, CancellationToken cancellationToken);
}
