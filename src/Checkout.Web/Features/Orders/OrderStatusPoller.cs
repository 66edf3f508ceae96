namespace Checkout.Web.Features.Orders;

/// <summary>What <see cref="OrderStatusPoller"/> needs from the page that shows the order.</summary>
public interface IPolledOrder
{
    bool IsUnconfirmed { get; }

    Task CheckPaymentOnceAsync(CancellationToken cancellationToken);

    /// <summary>Reads the order again and shows it; a failed read is not an error (the next tick asks again).</summary>
    Task RefreshAsync(CancellationToken cancellationToken);

    /// <summary>The loop ended by itself: the order settled, or the bound passed while it was still unconfirmed.</summary>
    Task StoppedAsync(bool stillUnconfirmed);

    /// <summary>A bug in the loop: nobody awaits it, so the page reports it like a lifecycle error.</summary>
    Task FailedAsync(Exception error);
}

/// <summary>
/// Keeps the status page of an order that is not confirmed yet up to date: first the one payment check VdM wants
/// after a return (never a polled one; its answer may settle the order at once), then a look every few seconds until
/// the order settles or the bound (<c>Shop:StatusPollSeconds</c>) passes. Starting again ends the previous loop.
/// </summary>
public sealed class OrderStatusPoller(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private CancellationTokenSource? loop;
    private bool paymentChecked;

    /// <summary>For another order: ends the loop, and that order gets its own payment check.</summary>
    public void Reset()
    {
        Stop();
        paymentChecked = false;
    }

    public void Start(IPolledOrder order, TimeSpan bound, CancellationToken lifetime)
    {
        Stop();
        loop = CancellationTokenSource.CreateLinkedTokenSource(lifetime);
        _ = RunAsync(order, bound, loop.Token);
    }

    public void Dispose() => Stop();

    private void Stop()
    {
        loop?.Cancel();
        loop?.Dispose();
        loop = null;
    }

    private async Task RunAsync(IPolledOrder order, TimeSpan bound, CancellationToken cancellationToken)
    {
        try
        {
            if (!paymentChecked)
            {
                paymentChecked = true;
                await order.CheckPaymentOnceAsync(cancellationToken);
                await order.RefreshAsync(cancellationToken);
            }

            var until = time.GetUtcNow() + bound;
            using var timer = new PeriodicTimer(Interval, time);
            while (order.IsUnconfirmed && time.GetUtcNow() < until && await timer.WaitForNextTickAsync(cancellationToken))
            {
                await order.RefreshAsync(cancellationToken);
            }

            await order.StoppedAsync(order.IsUnconfirmed);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // The visitor left or opened another order: whatever the last call did, nothing is left to update.
        }
        catch (Exception e)
        {
            await order.FailedAsync(e);
        }
    }
}
