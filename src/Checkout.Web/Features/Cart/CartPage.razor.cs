using Checkout.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// The cart page: reads the cart from VdM once the circuit is up (a visitor action), and offers removing tickets, the
/// donation, extending the hold and reserving a lapsed selection again.
/// </summary>
public sealed partial class CartPage
{
    private ElementReference heading;
    private CartView? view;
    private bool unavailable;
    private bool busy;
    private string? removingSeatId;
    private string? failedSeatId;
    private CartProblem problem;
    private CartProblem donationProblem;
    private string notice = "";

    private string Heading => view is { IsEmpty: true, IsExpired: false } ? T["TitleEmpty"] : T["Title"];

    // VdM asks to read carts only on a visitor's action: opening this page is one, so once, after the circuit connects.
    // Changes run to the end even if the visitor leaves (no cancellation): a renewal cut in half would hold two carts.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await RefreshAsync();
            StateHasChanged();
        }
    }

    private async Task RefreshAsync()
    {
        busy = true;
        try
        {
            var refreshed = await Cart.RefreshAsync(CancellationToken.None);
            if (refreshed.Succeeded)
            {
                (view, unavailable, problem, failedSeatId) = (refreshed.View, false, CartProblem.None, null);
            }
            else
            {
                unavailable = true;
            }
        }
        finally
        {
            busy = false;
        }
    }

    private async Task RemoveAsync(HeldTicket line)
    {
        (busy, removingSeatId, problem, failedSeatId) = (true, line.SeatId, CartProblem.None, null);
        var change = await Cart.RemoveAsync(line.SeatId, CancellationToken.None);
        (view, busy, removingSeatId) = (change.View, false, null);
        if (change.Succeeded)
        {
            notice = T["TicketRemoved", T.Label(line)];
            // The pressed button is gone; the heading is the nearest stable place to continue from.
            await heading.FocusAsync();
        }
        else
        {
            (problem, failedSeatId) = (change.Problem, line.SeatId);
        }
    }

    private async Task SetDonationAsync(decimal? amount)
    {
        (busy, donationProblem) = (true, CartProblem.None);
        var change = await Donations.SetAsync(amount, CancellationToken.None);
        (view, busy, donationProblem) = (change.View, false, change.Problem);
        if (change.Succeeded)
        {
            notice = amount is { } chosen ? T["DonationAdded", Formats.Money(chosen)] : T["DonationRemoved"];
        }
    }

    /// <summary>Extends a running hold, and reserves the same tickets again after it lapsed.</summary>
    private async Task RenewAsync()
    {
        var wasExpired = view?.IsExpired == true;
        (busy, problem, failedSeatId) = (true, CartProblem.None, null);
        var change = await Cart.RenewAsync(CancellationToken.None);
        (view, busy, problem) = (change.View, false, change.Problem);
        if (change.Succeeded)
        {
            notice = T[wasExpired ? "ReservedAgain" : "TimeExtended"];
            // The pressed button is gone here too (a fresh hold is far from its end).
            await heading.FocusAsync();
        }
    }
}
