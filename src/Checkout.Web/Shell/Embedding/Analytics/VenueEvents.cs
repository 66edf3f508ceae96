using Checkout.VoordeMensen.Public;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Events;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Embedding.VenueContext;

namespace Checkout.Web.Shell.Embedding.Analytics;

/// <summary>
/// Makes the analytics events the venue page hears (docs/embedding.md): <c>checkout_started</c> is rendered by the
/// checkout page itself; <c>add_to_cart</c> (answered by a redirect) and <c>purchase</c> (paid outside the frame) wait in
/// the visitor's <see cref="VenueVisit"/> for the next basket counter the venue page loads.
/// </summary>
public sealed class VenueEvents(
    VenueVisits visits, ProgrammeService programme, CurrentClient client, IHttpContextAccessor http, TimeProvider time)
{
    /// <summary>
    /// Tickets were added by the frame's order form. Only a framed request records one: a visitor of the shop itself
    /// has no venue page to tell.
    /// </summary>
    public async Task AddedToCartAsync(int performanceId, IReadOnlyList<TicketRequest> requests, IReadOnlyList<TicketType> types, CancellationToken cancellationToken)
    {
        if (!IsFramed)
        {
            return;
        }

        var found = await programme.FindPerformanceAsync(performanceId, cancellationToken);
        var name = found.Succeeded && found.Value is { } match ? match.Performance.Name : "";
        var items = requests
            .Where(r => r.Quantity > 0)
            .Select(r => types.FirstOrDefault(t => t.DiscountId == r.DiscountId) is { } type
                ? new VenueItem(performanceId, name, type.DiscountId, type.Name, r.Quantity, type.Price)
                : null)
            .OfType<VenueItem>()
            .ToList();
        await EnqueueAddedAsync(items, cancellationToken);
    }

    /// <summary>
    /// Seats chosen on the plan were added by the frame's seat page: the same event as for best available, its items the
    /// seats' ticket lines (companion seats included). Framed requests only, as above.
    /// </summary>
    public Task SeatsAddedToCartAsync(IReadOnlyList<HeldTicket> seats, CancellationToken cancellationToken) =>
        IsFramed ? EnqueueAddedAsync(VenueItem.From(seats), cancellationToken) : Task.CompletedTask;

    private bool IsFramed => http.HttpContext?.Request is { } request && FramedCookies.IsFramed(request);

    private Task EnqueueAddedAsync(IReadOnlyList<VenueItem> items, CancellationToken cancellationToken) =>
        items.Count == 0
            ? Task.CompletedTask
            : visits.UpdateAsync(
                v => v.Enqueue(new VenueEvent { Type = VenueEvent.AddToCart, Value = items.Sum(i => i.Price * i.Quantity), Items = items, Campaign = v.Campaign }),
                cancellationToken);

    /// <summary>The checkout page shows <paramref name="view"/>: the event it renders for the venue page.</summary>
    public async Task<VenueEvent> CheckoutStartedAsync(CartView view, CancellationToken cancellationToken) => new()
    {
        Type = VenueEvent.CheckoutStarted,
        Value = view.Total,
        Items = VenueItem.From(view.Cart.Lines),
        Campaign = (await visits.ReadAsync(cancellationToken)).Campaign,
    };

    /// <summary>
    /// The cart in <paramref name="view"/> became <paramref name="order"/>: its purchase event waits until VdM reports the
    /// order paid (<see cref="VenueDeliveries"/>).
    /// </summary>
    public Task OrderPlacedAsync(PlacedOrder order, CartView view, CancellationToken cancellationToken) =>
        visits.UpdateAsync(
            v => v.Purchase?.OrderKey == order.OrderKey ? v : v with
            {
                Purchase = new PendingPurchase(order.OrderKey, new VenueEvent
                {
                    Type = VenueEvent.Purchase,
                    Value = view.Total,
                    Order = OrderReference.For(client.Key, order.OrderKey),
                    Items = VenueItem.From(view.Cart.Lines),
                    Campaign = v.Campaign,
                }, time.GetUtcNow()),
            },
            cancellationToken);
}
