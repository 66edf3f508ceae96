using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Carts;
using Checkout.VoordeMensen.Public;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Orders;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Security;
using Microsoft.Extensions.Caching.Hybrid;

namespace Checkout.Web.Features.Purchase;

/// <summary>
/// Payment methods and placing the order. Exactly one VdM order create per cart: the visitor's lock serialises
/// clicks and tabs, and a cart that already became an order returns that order instead of creating another.
/// </summary>
public sealed class CheckoutService(
    IVoordeMensenClients vdm,
    CurrentClient client,
    CartSessions sessions,
    OrderAttemptStore attempts,
    AbuseGuard guard,
    HybridCache cache,
    TimeProvider time,
    ShopMetrics metrics,
    ILogger<CheckoutService> logger)
{
    /// <summary>How long a repeated click is taken for the same attempt rather than a new order.</summary>
    private static readonly TimeSpan ReuseWindow = TimeSpan.FromMinutes(30);

    private static readonly HybridCacheEntryOptions PaymentMethodsCache = new() { Expiration = TimeSpan.FromMinutes(5), LocalCacheExpiration = TimeSpan.FromMinutes(5) };

    /// <summary>The client's payment methods (cached briefly), or why VdM could not list them.</summary>
    public Task<VdmResult<IReadOnlyList<PaymentMethod>>> GetPaymentMethodsAsync(CancellationToken cancellationToken)
    {
        var key = client.Key;
        return VdmResults.ReadAsync(async () => await cache.GetOrCreateAsync(
            $"vdm:{key}:paymentmethods",
            async ct => await vdm.For(key).Public.GetPaymentMethodsAsync(ct),
            PaymentMethodsCache,
            tags: [$"client:{key}"],
            cancellationToken: cancellationToken));
    }

    /// <summary>The details typed so far, kept with the cart session so nothing is lost on a failure or a return.</summary>
    public async Task<Buyer?> GetSavedBuyerAsync(CancellationToken cancellationToken) =>
        (await sessions.ReadAsync(cancellationToken)).Buyer;

    /// <summary>Keeps what the visitor typed with the cart session, e.g. before the page reloads after verification.</summary>
    public async Task KeepBuyerAsync(Buyer buyer, CancellationToken cancellationToken)
    {
        await using var unit = await sessions.OpenAsync(cancellationToken);
        unit.Session = unit.Session.WithBuyer(buyer);
        await unit.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Orders the session's cart (the browser never names a cart). A click that arrives after the same cart already
    /// became an order (double click, second tab, reconnect) gets that order back instead of a second one.
    /// </summary>
    public async Task<PlaceOrderResult> PlaceOrderAsync(Buyer buyer, int paymentMethodId, Uri returnUrl, CancellationToken cancellationToken)
    {
        await using var unit = await sessions.OpenAsync(cancellationToken);
        if (unit.Session.RecentOrder(time.GetUtcNow(), ReuseWindow) is { } placed)
        {
            return new PlaceOrderResult(placed, Reused: true);
        }

        unit.Session = unit.Session.WithBuyer(buyer);
        await unit.CommitAsync(cancellationToken);
        if (unit.Session.HeldCartId is not { } cartId)
        {
            return new PlaceOrderResult(null, OrderProblem.CartChanged);
        }

        if (!await guard.TryPlaceOrderAsync(unit.Visitor, cancellationToken))
        {
            logger.LogWarning("Order placement rate-limited for a visitor");
            return new PlaceOrderResult(null, OrderProblem.TooManyRequests);
        }

        var request = new OrderRequest(cartId, paymentMethodId, returnUrl, buyer.ToOrderDetails());
        var created = await vdm.For(client.Key).Carts.CreateOrderAsync(request, cancellationToken);
        if (!created.Succeeded)
        {
            return new PlaceOrderResult(null, OrderProblems.From(created.Refusal.Value), created.Message);
        }

        metrics.OrderPlaced(client.Key);
        var order = new PlacedOrder(cartId, created.Value!.OrderKey, created.Value.PaymentUrl, time.GetUtcNow());
        var session = unit.Session;
        await attempts.SaveAsync(client.Key, order.OrderKey, new OrderAttempt(session.Selection, session.Cart.Lines, time.GetUtcNow(), session.Donation), cancellationToken);
        unit.Session = session.OrderPlaced(order);
        await unit.CommitAsync(cancellationToken);
        return new PlaceOrderResult(order);
    }
}
