namespace Checkout.Web.Shell.Security;

/// <summary>
/// A page whose form posts carry no antiforgery token (so that its GET can be one cached page for everyone) and are
/// instead accepted only from the shop's own origin (<see cref="SameOriginPostMiddleware"/>, docs/security.md).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SameOriginPostAttribute : Attribute;
