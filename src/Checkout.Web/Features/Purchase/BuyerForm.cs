namespace Checkout.Web.Features.Purchase;

/// <summary>The buyer details as typed on the checkout page; consent boxes start unticked (AVG).</summary>
public sealed class BuyerForm
{
    public string Email { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Address { get; set; } = "";
    public string Zip { get; set; } = "";
    public string City { get; set; } = "";
    public bool ContactOptIn { get; set; }
    public bool MailingListOptIn { get; set; }

    public static BuyerForm From(Buyer? details) => details is null ? new() : new()
    {
        Email = details.Email, FirstName = details.FirstName, LastName = details.LastName,
        Phone = details.Phone ?? "", Address = details.Address ?? "", Zip = details.Zip ?? "", City = details.City ?? "",
        ContactOptIn = details.ContactOptIn, MailingListOptIn = details.MailingListOptIn,
    };

    /// <summary>Trimmed, with empty optional fields left out and a Dutch postcode written the usual way.</summary>
    public Buyer ToDetails() => new()
    {
        Email = Email.Trim(),
        FirstName = FirstName.Trim(),
        LastName = LastName.Trim(),
        Phone = Optional(Phone),
        Address = Optional(Address),
        Zip = Optional(BuyerFormValidator.NormalizeZip(Zip)),
        City = Optional(City),
        ContactOptIn = ContactOptIn,
        MailingListOptIn = MailingListOptIn,
    };

    private static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
