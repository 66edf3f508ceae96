namespace Checkout.Web.Features.Checkout;

/// <summary>Resource marker for the checkout page, buyer form and payment step.</summary>
public sealed class CheckoutText;
