using Checkout.Web.Shell.Clients;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// The visitor's optional donation: one of the client's configured amounts (Shop:Donations:Amounts) or none. The
/// browser only says which of those it chose; an amount that is not configured is refused.
/// </summary>
public sealed class DonationService(
    TicketHolds holds,
    CartService cart,
    CurrentClient client,
    CartSessions sessions,
    HoldChecks checks,
    TimeProvider time,
    ILogger<DonationService> logger)
{
    /// <summary>The amounts this client offers; empty = no donation offer.</summary>
    public IReadOnlyList<decimal> Amounts => client.Settings.Shop.Donations.Amounts;

    /// <summary>
    /// Adds, changes or (with null) removes the donation of a cart that holds tickets. VdM restarts the hold with it, so
    /// it is an extension of the hold (<see cref="HoldPolicy"/>).
    /// </summary>
    public async Task<CartChange> SetAsync(decimal? amount, CancellationToken cancellationToken)
    {
        if (amount is { } chosen && !Amounts.Contains(chosen))
        {
            logger.LogWarning("A donation amount that is not configured was refused");
            return new CartChange(await cart.GetAsync(cancellationToken), CartProblem.Rejected);
        }

        var problem = CartProblem.None;
        await using (var unit = await sessions.OpenAsync(cancellationToken))
        {
            // After the hold ended there is nothing to change: the page reads the cart and shows the lapsed selection.
            if (unit.Session.HeldCartId is { } cartId && unit.Session.IsHolding(time.GetUtcNow()) && unit.Session.Donation != amount)
            {
                problem = checks.BeforeExtending(unit.Session);
                if (problem == CartProblem.None)
                {
                    (problem, var holdEnd) = await holds.SetDonationAsync(cartId, amount, cancellationToken);
                    if (problem == CartProblem.None)
                    {
                        unit.Session = unit.Session.DonationChanged(amount, holdEnd);
                        await unit.CommitAsync(cancellationToken);
                    }
                }
            }
        }

        return new CartChange(await cart.GetAsync(cancellationToken), problem);
    }
}
