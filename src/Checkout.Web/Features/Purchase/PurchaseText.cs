namespace Checkout.Web.Features.Purchase;

/// <summary>Resource marker for the checkout page, buyer form and payment step.</summary>
public sealed class PurchaseText;
