namespace Checkout.Web.Features.Customers;

/// <summary>What writing the checkout details to the customer record did.</summary>
public enum SaveOutcome { Created, Updated, NoChanges, Invalid, Unavailable }
