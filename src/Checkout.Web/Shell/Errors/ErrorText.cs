namespace Checkout.Web.Shell.Errors;

/// <summary>Resource marker for the error and not-found pages.</summary>
public sealed class ErrorText;
