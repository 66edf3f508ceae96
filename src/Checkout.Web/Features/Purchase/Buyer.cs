using Checkout.VoordeMensen.Public;

namespace Checkout.Web.Features.Purchase;

/// <summary>
/// The buyer's details as the shop keeps them with the cart session (so a failed order or a cancelled payment loses
/// nothing): trimmed, optional fields null. Its own record, so a change in the VdM library never changes what is stored.
/// </summary>
public sealed record Buyer
{
    public required string Email { get; init; }
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public string? Phone { get; init; }
    public string? Address { get; init; }
    public string? City { get; init; }
    public string? Zip { get; init; }

    /// <summary>Consent to be contacted about this order.</summary>
    public bool ContactOptIn { get; init; }

    /// <summary>Consent to the venue's newsletter.</summary>
    public bool MailingListOptIn { get; init; }

    /// <summary>What VdM's order create takes.</summary>
    public BuyerDetails ToOrderDetails() => new()
    {
        Email = Email,
        FirstName = FirstName,
        LastName = LastName,
        Phone = Phone,
        Address = Address,
        City = City,
        Zip = Zip,
        ContactOptIn = ContactOptIn,
        MailingListOptIn = MailingListOptIn,
    };
}
