using Checkout.VoordeMensen.Public;
using Checkout.Web.Features.Cart;

namespace Checkout.Web.Features.Orders;

/// <summary>What an order was made of, so a cancelled or failed payment can be retried with the same selection.</summary>
public sealed record OrderAttempt(
    IReadOnlyList<TicketSelection> Selection, IReadOnlyList<CartLine> Lines, DateTimeOffset PlacedAt, decimal? Donation = null);
