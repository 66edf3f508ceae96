namespace Checkout.Web.Shell.Visitors;

/// <summary>
/// Serialises one visitor's changes to their server-side state (two tabs, a double click, a reconnect), so an action
/// always starts from the state the previous one left. <see cref="StripedVisitorLock"/> holds on one instance; an
/// implementation shared by several instances is registered before <c>AddCheckoutShop</c>, which adds the in-memory
/// one only when none is registered.
/// </summary>
public interface IVisitorLock
{
    /// <summary>Waits until the visitor's lock is free and takes it; disposing the result releases it.</summary>
    ValueTask<IAsyncDisposable> AcquireAsync(ShopVisitor visitor, CancellationToken cancellationToken);
}
