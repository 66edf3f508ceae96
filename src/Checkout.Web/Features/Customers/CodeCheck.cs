namespace Checkout.Web.Features.Customers;

public enum CodeCheck
{
    Valid,
    Wrong,

    /// <summary>No code for this visitor (never sent, asked by another visitor, already used) or older than <see cref="OneTimeCodeStore.Lifetime"/>.</summary>
    Expired,

    /// <summary>The fifth wrong attempt used the code up; a new one is needed.</summary>
    TooManyAttempts,
}
