namespace Checkout.Web.Features.Errors;

/// <summary>Resource marker for the error and not-found pages.</summary>
public sealed class ErrorText;
