using Checkout.Web.Features.Cart;

namespace Checkout.Web.Shell.Embedding.Counter;

/// <summary>The number the venue's basket counter shows: the held tickets, none once their hold has ended.</summary>
public static class BasketCount
{
    public static int Of(CartView view, DateTimeOffset now) =>
        view.IsEmpty || view.Hold.ExpiresAt is { } end && end <= now ? 0 : view.Cart.TicketCount;
}
