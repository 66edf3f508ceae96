using Checkout.Web.Features.Customers;
using Checkout.Web.Features.Orders;
using Microsoft.AspNetCore.Components;

namespace Checkout.Web.Features.Tickets;

/// <summary>
/// My tickets (<c>/my-tickets</c>, under every client's prefix or host): after the e-mail code or a venue token (the
/// checkout's own <see cref="CustomerStep"/>), the verified customer's orders from <see cref="CustomerOrderHistory"/>,
/// downloaded once per verification and cached, upcoming performances first. Nothing is listed before verification,
/// and only orders Peppered files under the verified customer. A static page: the step's forms post to it, and a
/// verification or sign-out reloads it.
/// </summary>
public sealed partial class MyTicketsPage
{
    private IReadOnlyList<CustomerOrder>? orders;
    private IReadOnlyList<CustomerOrder> upcoming = [];
    private IReadOnlyList<CustomerOrder> past = [];
    private bool failed;

    protected override async Task OnInitializedAsync()
    {
        if (!Identity.IsAvailable)
        {
            return;
        }

        // The step reads the verified identity from the same state owner as on the checkout page.
        await State.StartAsync(await Ordering.GetSavedBuyerAsync(CancellationToken.None), CancellationToken.None);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        failed = false;
        if (State.Verified is null)
        {
            (orders, upcoming, past) = (null, [], []);
            return;
        }

        var listed = await Identity.GetOrdersAsync(CancellationToken.None);
        if (!listed.Succeeded)
        {
            failed = true;
            return;
        }

        var now = Time.GetUtcNow();
        // An order deleted at VdM is shown nowhere, as on the status page.
        orders = [.. listed.Value!.Where(o => OutcomeOf(o) != OrderOutcome.Gone)];
        upcoming = [.. orders.Where(o => IsUpcoming(o, now)).OrderBy(o => o.Evenings.Select(e => e.Start).Min() ?? DateTimeOffset.MaxValue)];
        past = [.. orders.Except(upcoming).OrderByDescending(o => o.Evenings.Select(e => e.Start).Max() ?? o.OrderDate)];
    }

    private OrderOutcome OutcomeOf(CustomerOrder order) =>
        CustomerOrderOutcomes.Of(order, Time.GetUtcNow(), TimeSpan.FromMinutes(Client.Settings.Shop.HoldMinutes));

    // An order without a known date stays among the upcoming ones rather than disappear into the past.
    private bool IsUpcoming(CustomerOrder order, DateTimeOffset now) =>
        order.Evenings.Count == 0
        || order.Evenings.Any(e => e.Start is not { } start || (e.End ?? start.AddMinutes(Client.Settings.Shop.EveningMinutes)) > now);
}
