namespace Checkout.VoordeMensen.Public;

/// <summary>Everything order create needs; VdM appends ?return=&lt;order_key&gt; to <see cref="RedirectUrl"/>.</summary>
public sealed record OrderRequest(string CartId, int PaymentMethodId, Uri RedirectUrl, BuyerDetails Buyer);

public sealed record BuyerDetails
{
    public required string Email { get; init; }
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public string? Phone { get; init; }
    public string? Address { get; init; }
    public string? City { get; init; }
    public string? Zip { get; init; }

    /// <summary>avg_optin: consent to contact about this order.</summary>
    public bool ContactOptIn { get; init; }

    /// <summary>avg_mailinglist: consent to the newsletter.</summary>
    public bool MailingListOptIn { get; init; }
}

/// <summary>The created order: send the buyer to <see cref="PaymentUrl"/>, keep <see cref="OrderKey"/>.</summary>
public sealed record OrderCreated(Uri PaymentUrl, string OrderKey);
