namespace Checkout.Web.Features.Cart;

/// <summary>The order a visitor's cart became; kept so a second click or tab reuses it instead of ordering again.</summary>
public sealed record PlacedOrder(string CartId, string OrderKey, Uri PaymentUrl, DateTimeOffset PlacedAt);
