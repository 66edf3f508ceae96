namespace Checkout.Web.Features.Orders;

/// <summary>
/// The one owner of what the order status page shows, and what keeps it current. For an order not confirmed yet it
/// runs the one payment check VdM wants after a return (never a polled one; its answer may settle the order at once),
/// then looks every few seconds until the order settles or the bound (<c>Shop:StatusPollSeconds</c>) passes. The page
/// calls in and re-renders on <see cref="Changed"/>; the tracker never calls the page.
/// </summary>
public sealed class OrderStatusTracker(OrderStatusService orders, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private CancellationTokenSource? loop;
    private bool paymentChecked;

    /// <summary>Raised when something shown changed (on the caller's synchronization context).</summary>
    public event Action? Changed;

    /// <summary>A bug in the background loop: nobody awaits it, so the page reports it like a lifecycle error.</summary>
    public event Func<Exception, Task>? Faulted;

    /// <summary>The order shown; null before the first <see cref="OpenAsync"/>.</summary>
    public string? Key { get; private set; }

    public OrderView? View { get; private set; }

    /// <summary>VdM does not know the order, or deleted it.</summary>
    public bool NotFound { get; private set; }

    /// <summary>VdM could not say: the page offers to try again.</summary>
    public bool Failed { get; private set; }

    /// <summary>The bound passed while the order was still unconfirmed: the page offers to check again.</summary>
    public bool StoppedChecking { get; private set; }

    public bool IsUnconfirmed => View?.Outcome == OrderOutcome.Pending;

    /// <summary>
    /// Shows another order: ends the loop of the previous one (this one gets its own payment check) and loads the
    /// status, or takes <paramref name="prerendered"/> when it was read for this key while prerendering.
    /// </summary>
    public Task OpenAsync(string key, PrerenderedOrder? prerendered, CancellationToken cancellationToken)
    {
        Stop();
        paymentChecked = false;
        Key = key;
        View = null;
        NotFound = Failed = StoppedChecking = false;
        if (prerendered is { } known && known.Key == key)
        {
            Show(known.View);
            return Task.CompletedTask;
        }

        return LoadAsync(cancellationToken);
    }

    /// <summary>Reads the order again after <see cref="Failed"/>.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        Failed = false;
        var read = await orders.GetAsync(Key, cancellationToken);
        if (read.Succeeded)
        {
            Show(read.Value);
        }
        else
        {
            (View, NotFound, Failed) = (null, false, true);
        }
    }

    private void Show(OrderView? view) => (View, NotFound) = view is null or { Outcome: OrderOutcome.Gone } ? (null, true) : (view, false);

    /// <summary>Starts keeping an unconfirmed order current (only in a live circuit: a prerendered page cannot update).</summary>
    public void Watch(TimeSpan bound, CancellationToken lifetime)
    {
        if (!IsUnconfirmed)
        {
            return;
        }

        Stop();
        StoppedChecking = false;
        loop = CancellationTokenSource.CreateLinkedTokenSource(lifetime);
        _ = RunAsync(bound, loop.Token);
    }

    /// <summary>The visitor asks again after the bound passed: one look, and a new round of looks if still unconfirmed.</summary>
    public async Task CheckAgainAsync(TimeSpan bound, CancellationToken lifetime)
    {
        StoppedChecking = false;
        await RefreshAsync(lifetime);
        Watch(bound, lifetime);
    }

    public void Dispose() => Stop();

    private void Stop()
    {
        loop?.Cancel();
        loop?.Dispose();
        loop = null;
    }

    private async Task RunAsync(TimeSpan bound, CancellationToken cancellationToken)
    {
        try
        {
            if (!paymentChecked)
            {
                paymentChecked = true;
                await orders.CheckPaymentOnceAsync(Key!, cancellationToken);
                await RefreshAsync(cancellationToken);
            }

            var until = time.GetUtcNow() + bound;
            using var timer = new PeriodicTimer(Interval, time);
            while (IsUnconfirmed && time.GetUtcNow() < until && await timer.WaitForNextTickAsync(cancellationToken))
            {
                await RefreshAsync(cancellationToken);
            }

            StoppedChecking = IsUnconfirmed;
            Changed?.Invoke();
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // The visitor left or opened another order: whatever the last call did, nothing is left to update.
        }
        catch (Exception e) when (Faulted is { } faulted)
        {
            await faulted(e);
        }
    }

    /// <summary>One look; a failed one changes nothing the visitor needs to know (the next tick asks again).</summary>
    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var key = Key;
        // Another order opened meanwhile: an answer about the previous one is dropped.
        if (await orders.GetAsync(key, cancellationToken) is { Value: { } latest } && key == Key)
        {
            Show(latest);
        }

        Changed?.Invoke();
    }
}
