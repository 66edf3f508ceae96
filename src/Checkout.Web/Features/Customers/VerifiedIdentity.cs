namespace Checkout.Web.Features.Customers;

/// <summary>
/// A visitor who proved control of <see cref="Email"/> (code or signed token). <see cref="CustomerId"/> is the Peppered
/// customer with that address, null when VdM does not know it (yet).
/// </summary>
public sealed record VerifiedIdentity(string Email, int? CustomerId, CustomerProfile? Profile, DateTimeOffset VerifiedAt);
