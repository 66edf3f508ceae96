namespace Checkout.Web.Features.Customers;

public enum CodeCheck
{
    Valid,
    Wrong,

    /// <summary>No code (never sent, already used) or older than <see cref="OneTimeCodeStore.Lifetime"/>.</summary>
    Expired,

    /// <summary>The fifth wrong attempt used the code up; a new one is needed.</summary>
    TooManyAttempts,
}
