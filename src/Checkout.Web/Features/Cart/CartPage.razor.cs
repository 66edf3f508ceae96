using Checkout.Web.Components.Shared;
using Checkout.Web.Shell.Forms;
using Microsoft.AspNetCore.Components;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// The cart page, statically rendered: reads the cart from VdM when opened (a visitor action), and offers removing
/// tickets, the donation, extending the hold and reserving a lapsed selection again, each a form post.
/// </summary>
public sealed partial class CartPage
{
    private const string FormName = "cart-change";
    private const string RemoveName = $"{nameof(Change)}.{nameof(CartChangeInput.Remove)}";
    private const string DonationName = $"{nameof(Change)}.{nameof(CartChangeInput.Donation)}";

    private CartView? view;
    private bool unavailable;
    private string? failedSeatId;
    private CartProblem problem;
    private CartProblem donationProblem;
    private string notice = "";
    private bool changedElsewhere;

    [SupplyParameterFromForm(FormName = FormName)]
    private CartChangeInput? Change { get; set; }

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    // Set by the redirect after a post from a copy of the page older than the cart (StaleFormMiddleware).
    [SupplyParameterFromQuery(Name = RecoversStaleFormsAttribute.Query)]
    private string? Changed { get; set; }

    private string Heading => view is { IsEmpty: true, IsExpired: false } ? T["TitleEmpty"] : T["Title"];

    // VdM asks to read carts only on a visitor's action: opening this page is one (right after an add, the add's answer is shown). A post changes the cart from the
    // session as the page showed it, so the form it came from is still there to receive it.
    // Changes run to the end even if the visitor leaves (no cancellation): a renewal cut in half would hold two carts.
    protected override async Task OnInitializedAsync()
    {
        changedElsewhere = Changed == RecoversStaleFormsAttribute.Value;
        view = await Cart.GetAsync(CancellationToken.None);
        if (HttpMethods.IsPost(HttpContext?.Request.Method ?? ""))
        {
            return;
        }

        var refreshed = await Cart.OpenAsync(CancellationToken.None);
        if (refreshed.Succeeded)
        {
            view = refreshed.View;
        }
        else
        {
            unavailable = true;
        }
    }

    private async Task ChangeAsync()
    {
        if (Change?.Remove is { Length: > 0 } seatId)
        {
            // A ticket this copy of the page still showed, removed meanwhile in another window.
            if (view?.Cart.Lines.FirstOrDefault(l => l.SeatId == seatId) is { } line)
            {
                await RemoveAsync(line);
            }
            else
            {
                changedElsewhere = true;
            }
        }
        else if (view is not null && Change is not null && Change.TryGetDonation(out var amount) && (amount is null || Donations.Amounts.Contains(amount.Value)))
        {
            await SetDonationAsync(amount);
        }
    }

    private async Task RemoveAsync(HeldTicket line)
    {
        var change = await Cart.RemoveAsync(line.SeatId, CancellationToken.None);
        view = change.View;
        if (change.Succeeded)
        {
            notice = T["TicketRemoved", T.Label(line)];
        }
        else
        {
            (problem, failedSeatId) = (change.Problem, line.SeatId);
        }
    }

    private async Task SetDonationAsync(decimal? amount)
    {
        var change = await Donations.SetAsync(amount, CancellationToken.None);
        (view, donationProblem) = (change.View, change.Problem);
        if (change.Succeeded)
        {
            notice = amount is { } chosen ? T["DonationAdded", Formats.Money(chosen)] : T["DonationRemoved"];
        }
    }

    /// <summary>Extends a running hold, and reserves the same tickets again after it lapsed.</summary>
    private async Task RenewAsync()
    {
        var wasExpired = view is null || view.IsExpired || view.Hold.ExpiresAt <= Time.GetUtcNow();
        var change = await Cart.RenewAsync(CancellationToken.None);
        (view, problem) = (change.View, change.Problem);
        if (change.Succeeded)
        {
            notice = T[wasExpired ? "ReservedAgain" : "TimeExtended"];
        }
    }
}
