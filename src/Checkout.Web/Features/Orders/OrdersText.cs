namespace Checkout.Web.Features.Orders;

/// <summary>Resource marker for the payment return and order status page.</summary>
public sealed class OrdersText;
