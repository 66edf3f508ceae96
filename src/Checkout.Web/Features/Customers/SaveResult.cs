namespace Checkout.Web.Features.Customers;

/// <summary>Field errors are keyed by <see cref="Purchase.BuyerForm"/> property names.</summary>
public sealed record SaveResult(SaveOutcome Outcome, IReadOnlyDictionary<string, string>? FieldErrors = null);
