using Checkout.VoordeMensen.Public;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Customers;
using Microsoft.AspNetCore.Components;

namespace Checkout.Web.Features.Purchase;

/// <summary>
/// The checkout page, statically rendered: the cart as the cart page left it, the buyer's details (kept in
/// <see cref="CheckoutState"/>, which the customer step and the customer save share), the payment method and placing
/// the order. Every post of its form keeps the typed details with the cart session first.
/// </summary>
public sealed partial class CheckoutPage
{
    private const string ActionName = $"{nameof(Input)}.{nameof(CheckoutInput.Action)}";

    private CartView? view;
    private IReadOnlyList<PaymentMethod>? methods;
    private bool methodsFailed;
    private int? selectedMethodId;
    private PlaceOrderResult? problem;
    private PlacedOrder? order;
    private CartProblem renewProblem;
    private SaveOutcome? saveOutcome;
    private CustomerStep? customerStep;

    [SupplyParameterFromForm(FormName = CheckoutInput.FormName)]
    private CheckoutInput? Input { get; set; }

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    // Set by the redirect after a post from a copy of the page older than the cart (StaleFormMiddleware).
    [SupplyParameterFromQuery(Name = Shell.Forms.RecoversStaleFormsAttribute.Query)]
    private string? Changed { get; set; }

    private bool HoldEnded => view?.Hold.ExpiresAt is { } end && end <= Time.GetUtcNow();

    private PaymentMethod? SelectedMethod => methods?.FirstOrDefault(m => m.Id == selectedMethodId);

    // VdM sends the buyer back here with ?return=<order_key> appended.
    private Uri ReturnUrl => new(new Uri(Navigation.BaseUri), "order/return");

    protected override async Task OnInitializedAsync()
    {
        // The cart as the cart page left it: VdM asks not to query carts again without a visitor action. Opening the
        // page after the hold ended is one: VdM says what it still holds (a post does that in its handler, so the
        // form it was sent from is still on the page to receive it).
        view = await Carts.GetAsync(CancellationToken.None);
        if (HoldEnded && !HttpMethods.IsPost(HttpContext?.Request.Method ?? ""))
        {
            await HoldEndedAsync();
        }

        if (Input is { } posted)
        {
            await State.PostedAsync(posted.Buyer, CancellationToken.None);
        }

        if (view.IsEmpty)
        {
            return;
        }

        if (Input is null)
        {
            // What the visitor typed before wins over what a venue page passed in.
            await State.StartAsync(await Ordering.GetSavedBuyerAsync(CancellationToken.None) ?? await Venue.PrefilledBuyerAsync(CancellationToken.None), CancellationToken.None);
        }

        await LoadPaymentMethodsAsync(Input?.PaymentMethodId);
    }

    private async Task LoadPaymentMethodsAsync(int? chosen)
    {
        var listed = await Ordering.GetPaymentMethodsAsync(CancellationToken.None);
        if (listed.Succeeded)
        {
            methods = listed.Value!;
            methodsFailed = methods.Count == 0;
            selectedMethodId = methods.Any(m => m.Id == chosen) ? chosen : methods.FirstOrDefault()?.Id;
        }
        else
        {
            methodsFailed = true;
        }
    }

    private async Task SubmitAsync()
    {
        if (view is null || view.IsEmpty || Input is null)
        {
            return;
        }

        // Extending right after the end reserves the same tickets again, as the cart page's extend does.
        if (Input.Action == CheckoutInput.Renew)
        {
            await RenewAsync();
            return;
        }

        if (HoldEnded)
        {
            await HoldEndedAsync();
            return;
        }

        // The details were kept before (OnInitializedAsync); only placing and saving check them.
        switch (Input.Action)
        {
            case CheckoutInput.Place:
                await PlaceOrderAsync();
                break;
            case CheckoutInput.Save:
                saveOutcome = await State.SaveCustomerAsync(CancellationToken.None);
                break;
            case null when customerStep is not null:
                await customerStep.SubmitJoinedAsync();
                break;
        }
    }

    private async Task RenewAsync()
    {
        var change = await Carts.RenewAsync(CancellationToken.None);
        (view, renewProblem) = (change.View, change.Problem);
    }

    // Ending the hold is the visitor's moment to learn what VdM still holds; the typed details stay with the session.
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

    // The visitor's lock and the session's recent order make a second post (double click, a second tab, the back
    // button) return the order of the first instead of creating another (CheckoutService).
    private async Task PlaceOrderAsync()
    {
        if (SelectedMethod is not { } method || !await State.ValidateAsync())
        {
            return;
        }

        var result = await Ordering.PlaceOrderAsync(State.Buyer.ToDetails(), method.Id, ReturnUrl, CancellationToken.None);
        if (result.Order is { } placed)
        {
            order = placed;
            await State.OrderPlacedAsync(CancellationToken.None);
            return;
        }

        problem = result;
    }
}
