namespace Checkout.Web.Features.Cart;

/// <summary>
/// Serialises one visitor's cart changes across circuits and tabs on this instance (two tabs, a double click, a
/// reconnect), so an action always starts from the state the previous one left. Striped: memory stays bounded.
/// </summary>
public sealed class VisitorLocks
{
    private readonly SemaphoreSlim[] stripes = [.. Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task<IDisposable> EnterAsync(string clientKey, string visitorId, CancellationToken cancellationToken)
    {
        var stripe = stripes[(uint)HashCode.Combine(clientKey, visitorId) % (uint)stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        return new Releaser(stripe);
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
