namespace Checkout.Web.Features.Cart;

/// <summary>Resource marker for the cart page, hold timer and cart messages.</summary>
public sealed class CartText;
