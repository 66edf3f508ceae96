using Checkout.VoordeMensen.Public;
using Checkout.Web.Features.Cart;

namespace Checkout.Web.Features.Purchase;

/// <summary>
/// The checkout page: the cart as the cart page left it, the buyer's details (kept in <see cref="CheckoutState"/>,
/// which the customer step, the details form and the customer save share), the payment method and placing the order.
/// </summary>
public sealed partial class CheckoutPage
{
    private CartView? view;
    private IReadOnlyList<PaymentMethod>? methods;
    private bool methodsFailed;
    private int? selectedMethodId;
    private PlaceOrderButton placeButton = default!;
    private bool placing;
    private PlaceOrderResult? problem;
    private PlacedOrder? order;
    private CartProblem renewProblem;

    private PaymentMethod? SelectedMethod => methods?.FirstOrDefault(m => m.Id == selectedMethodId);

    // VdM sends the buyer back here with ?return=<order_key> appended.
    private Uri ReturnUrl => new(new Uri(Navigation.BaseUri), "order/return");

    protected override async Task OnInitializedAsync()
    {
        // The cart as the cart page left it: VdM asks not to query carts again without a visitor action.
        view = await Carts.GetAsync(CancellationToken.None);
        if (view.IsEmpty)
        {
            return;
        }

        // What the visitor typed before wins over what a venue page passed in.
        await State.StartAsync(await Ordering.GetSavedBuyerAsync(CancellationToken.None) ?? await Venue.PrefilledBuyerAsync(CancellationToken.None), CancellationToken.None);
        await LoadPaymentMethodsAsync();
    }

    private async Task LoadPaymentMethodsAsync()
    {
        var listed = await Ordering.GetPaymentMethodsAsync(CancellationToken.None);
        if (listed.Succeeded)
        {
            methods = listed.Value!;
            methodsFailed = methods.Count == 0;
            selectedMethodId = methods.FirstOrDefault()?.Id;
        }
        else
        {
            methodsFailed = true;
        }
    }

    private async Task RenewAsync()
    {
        var change = await Carts.RenewAsync(CancellationToken.None);
        (view, renewProblem) = (change.View, change.Problem);
    }

    // Ending the hold is the visitor's moment to learn what VdM still holds; the typed details stay in the form.
    private async Task HoldEndedAsync()
    {
        var refreshed = await Carts.RefreshAsync(CancellationToken.None);
        if (refreshed.Succeeded)
        {
            view = refreshed.View;
        }
        else
        {
            renewProblem = CartProblem.Unavailable;
        }
    }

    private async Task PlaceOrderAsync()
    {
        // Checked and set before the first await: a double click or a second Enter reaching the server while this
        // attempt runs must not become a second attempt.
        if (placing || order is not null || SelectedMethod is not { } method)
        {
            return;
        }

        placing = true;
        problem = null;
        PlaceOrderResult result;
        try
        {
            if (!await State.ValidateAsync())
            {
                return;
            }

            result = await Ordering.PlaceOrderAsync(State.Buyer.ToDetails(), method.Id, ReturnUrl, CancellationToken.None);
        }
        finally
        {
            placing = false;
        }

        if (result.Order is { } placed)
        {
            order = placed;
            await State.OrderPlacedAsync(CancellationToken.None);
            return;
        }

        problem = result;
        StateHasChanged();
        // Disabling the busy button dropped keyboard focus; give it back where the visitor was.
        await placeButton.FocusAsync();
    }
}
