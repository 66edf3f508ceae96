using System.Globalization;
using Checkout.VoordeMensen.Public;
using Checkout.Web.Features.Cart;

namespace Checkout.Web.Features.Events;

/// <summary>
/// The server's verdict on a posted order: only the performance's listed ticket types count (anything else posted is
/// ignored), each quantity is a whole number from 0 to the cap, and together they hold at least one and at most the cap.
/// </summary>
public sealed record AddToCartCheck(IReadOnlyList<TicketRequest> Requests, IReadOnlySet<string> InvalidQuantities, AddToCartError Error)
{
    public bool IsValid => InvalidQuantities.Count == 0 && Error == AddToCartError.None;

    public static AddToCartCheck Of(AddToCartInput input, IReadOnlyList<TicketType> ticketTypes, int cap)
    {
        var requests = new List<TicketRequest>();
        var invalid = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in ticketTypes)
        {
            if (Parse(input.QuantityOf(type.DiscountId)) is { } quantity && quantity <= cap)
            {
                requests.Add(new TicketRequest(type.DiscountId, quantity));
            }
            else
            {
                invalid.Add(type.DiscountId);
            }
        }

        var total = requests.Sum(r => r.Quantity);
        var error = invalid.Count > 0 ? AddToCartError.None
            : total == 0 ? AddToCartError.NothingChosen
            : total > cap ? AddToCartError.TooManyInTotal
            : AddToCartError.None;
        return new AddToCartCheck([.. requests.Where(r => r.Quantity > 0)], invalid, error);
    }

    // An untouched or cleared field means none; signs, decimals and words are not quantities.
    private static int? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0
        : int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) ? quantity
        : null;
}
