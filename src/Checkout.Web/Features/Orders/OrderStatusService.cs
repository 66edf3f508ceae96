using System.Text.RegularExpressions;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Carts;
using Checkout.VoordeMensen.Orders;
using Checkout.Web.Features.Cart;
using Checkout.Web.Shell.Clients;

namespace Checkout.Web.Features.Orders;

/// <summary>
/// An order's status by VdM order key alone, so the status page works without any session (return from the payment
/// provider in another browser, a bookmark), and a retry of a failed payment with the same selection.
/// </summary>
public sealed partial class OrderStatusService(
    IVoordeMensenClients vdm,
    IVoordeMensenOrders orders,
    CurrentClient client,
    OrderAttemptStore attempts,
    CartService cart,
    TimeProvider time)
{
    /// <summary>
    /// The order as the page shows it; null when the key is malformed or VdM does not know the order. The order state
    /// is asked for (with a Peppered key, one more VdM call) only when the payment status alone does not settle the
    /// page (<see cref="OrderView.NeedsState"/>), so polling a pending payment costs one call per look.
    /// </summary>
    public Task<VdmResult<OrderView?>> GetAsync(string? orderKey, CancellationToken cancellationToken) =>
        IsPlausibleKey(orderKey)
            ? VdmResults.ReadAsync(() => ViewAsync(orderKey!, cancellationToken))
            : Task.FromResult(VdmResults.Ok<OrderView?>(null));

    private async Task<OrderView?> ViewAsync(string orderKey, CancellationToken cancellationToken)
    {
        if (await vdm.For(client.Key).Public.GetOrderStatusAsync(orderKey, cancellationToken) is not { } status)
        {
            return null;
        }

        var attempt = await attempts.GetAsync(client.Key, orderKey, cancellationToken);
        var placedAt = attempt?.PlacedAt;
        var timing = placedAt is not { } placed ? OrderTiming.Unknown
            : time.GetUtcNow() > placed.AddMinutes(client.Settings.Shop.HoldMinutes) ? OrderTiming.WindowPassed
            : OrderTiming.PlacedHereRecently;
        var state = status.State ?? OrderState.Unknown;
        if (state.Kind == OrderStateKind.Unknown && OrderView.NeedsState(status.PaymentStatus, timing))
        {
            state = (await orders.WithStateAsync(client.Key, orderKey, status, placedAt, cancellationToken)).State;
        }

        return new OrderView(status, state, OrderView.Decide(status.PaymentStatus, state, timing == OrderTiming.WindowPassed))
        {
            Seats = [.. attempt?.Lines.Where(l => l.Row is not null && l.SeatNumber is not null) ?? []],
        };
    }

    /// <summary>
    /// Asks VdM's ticket host to check the payment with the provider. VdM wants this once after the return of an
    /// unpaid order, never polled; a failure only means the status updates a little later.
    /// </summary>
    public Task CheckPaymentOnceAsync(string orderKey, CancellationToken cancellationToken) =>
        vdm.For(client.Key).Public.CheckPaymentAsync(orderKey, cancellationToken);

    /// <summary>True when the selection behind the order is known here and can be reserved again.</summary>
    public async Task<bool> CanRetryAsync(string orderKey, CancellationToken cancellationToken) =>
        await attempts.GetAsync(client.Key, orderKey, cancellationToken) is { Selection.Count: > 0 };

    /// <summary>Reserves the same selection (tickets and donation) as the visitor's new cart; null when the order's selection is unknown here.</summary>
    public async Task<CartChange?> RetryAsync(string orderKey, CancellationToken cancellationToken)
    {
        if (await attempts.GetAsync(client.Key, orderKey, cancellationToken) is not { Selection.Count: > 0 } attempt)
        {
            return null;
        }

        return await cart.ReserveAsync(attempt.Selection, attempt.Lines, attempt.Donation, cancellationToken);
    }

    private static bool IsPlausibleKey(string? orderKey) => orderKey is not null && KeyPattern().IsMatch(orderKey);

    // VdM keys look like "XgFca-QmBxG-9WhAj-Osszb"; anything far from that is not sent upstream at all.
    [GeneratedRegex("^[A-Za-z0-9_-]{4,64}$")]
    private static partial Regex KeyPattern();
}
