using Microsoft.Extensions.Localization;

namespace Checkout.Web.Features.Orders;

/// <summary>
/// The words for each <see cref="OrderOutcome"/>, in one place (OrdersText) for the status page and My tickets: a short
/// name for lists, and the explanation with the next step where the status page gives one that reads the same in a list.
/// </summary>
public static class OrderOutcomeTexts
{
    /// <summary>The outcome in a word or two ("Betaald", "Geannuleerd").</summary>
    public static string Word(this IStringLocalizer<OrdersText> text, OrderOutcome outcome) => text["State" + outcome].Value;

    /// <summary>
    /// What the outcome means and what to do next, naming the venue (<paramref name="venue"/>); null for outcomes whose
    /// status-page text speaks of that page itself (paid, pending, unpaid: its live checks and retry button).
    /// </summary>
    public static string? Explanation(this IStringLocalizer<OrdersText> text, OrderOutcome outcome, string venue) => outcome switch
    {
        OrderOutcome.Failed => text["CancelledMessage"].Value,
        OrderOutcome.Reissued => text["ReissuedMessage"].Value,
        OrderOutcome.CancelledAfterPayment or OrderOutcome.Partial or OrderOutcome.Reservation or OrderOutcome.Prospect or OrderOutcome.Unknown
            => text[outcome + "Message", venue].Value,
        _ => null,
    };
}
