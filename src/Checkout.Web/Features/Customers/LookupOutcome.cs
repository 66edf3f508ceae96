namespace Checkout.Web.Features.Customers;

/// <summary>The answer to asking for a code: the same "sent" for a known and an unknown address.</summary>
public enum LookupOutcome { Sent, InvalidEmail, Limited }
