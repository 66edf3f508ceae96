namespace Checkout.Web.Shell.Visitors;

/// <summary>
/// The visitor lock of one instance: a fixed set of semaphores picked by client and visitor, so memory stays
/// bounded whatever the number of visitors (two visitors may share a stripe and then wait for each other briefly).
/// </summary>
public sealed class StripedVisitorLock : IVisitorLock
{
    private readonly SemaphoreSlim[] stripes = [.. Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1))];

    public async ValueTask<IAsyncDisposable> AcquireAsync(ShopVisitor visitor, CancellationToken cancellationToken)
    {
        var stripe = stripes[(uint)HashCode.Combine(visitor.ClientKey, visitor.Id) % (uint)stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        return new Releaser(stripe);
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                stripe.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
