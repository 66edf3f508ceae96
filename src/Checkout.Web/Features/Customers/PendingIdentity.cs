namespace Checkout.Web.Features.Customers;

/// <summary>
/// An address a venue token vouched for while the visitor had typed other details or was verified as someone else:
/// nothing changes until the visitor answers "continue as …?".
/// </summary>
public sealed record PendingIdentity(string Email, DateTimeOffset ArrivedAt);
