using Checkout.VoordeMensen.Peppered;
using Checkout.Web.Features.Purchase;

namespace Checkout.Web.Features.Customers;

/// <summary>Between the checkout form's fields and Peppered's customer record.</summary>
internal static class CustomerMapping
{
    /// <summary>The form has one last-name and one address field: the tussenvoegsel and house number join them.</summary>
    public static CustomerProfile ProfileOf(Customer c) => new(
        c.FirstName,
        Join(c.Details.Preposition, c.LastName) ?? "",
        Digits(c.Details.Phone),
        Join(c.Details.Address, c.Details.HouseNumber),
        c.Details.Zip,
        c.Details.City);

    /// <summary>Fills the form from the record; consent boxes are the visitor's choice per order and are kept.</summary>
    public static void Prefill(BuyerForm form, VerifiedIdentity identity)
    {
        form.Email = identity.Email;
        if (identity.Profile is not { } p)
        {
            return;
        }

        form.FirstName = p.FirstName;
        form.LastName = p.LastName;
        form.Phone = p.Phone ?? "";
        form.Address = p.Address ?? "";
        form.Zip = p.Zip ?? "";
        form.City = p.City ?? "";
    }

    /// <summary>Only what changed; joined fields replace their parts (tussenvoegsel and house number emptied).</summary>
    public static CustomerUpdate ToUpdate(VerifiedIdentity identity, Buyer d)
    {
        var old = identity.Profile;
        var lastNameChanged = old?.LastName != d.LastName;
        var addressChanged = old?.Address != d.Address;
        return new CustomerUpdate
        {
            FirstName = old?.FirstName != d.FirstName ? d.FirstName : null,
            LastName = lastNameChanged ? d.LastName : null,
            Details = new CustomerDetails
            {
                Preposition = lastNameChanged ? "" : null,
                Address = addressChanged ? d.Address ?? "" : null,
                HouseNumber = addressChanged ? "" : null,
                Phone = old?.Phone != Digits(d.Phone) ? Digits(d.Phone) ?? "" : null,
                Zip = old?.Zip != d.Zip ? d.Zip ?? "" : null,
                City = old?.City != d.City ? d.City ?? "" : null,
            },
        };
    }

    public static CustomerDraft ToDraft(string email, Buyer d) => new(email, d.FirstName, d.LastName)
    {
        Details = new CustomerDetails { Address = d.Address, Zip = d.Zip, City = d.City, Phone = Digits(d.Phone) },
    };

    /// <summary>
    /// The record's refused fields onto the form's properties: the tussenvoegsel belongs to the last-name field and the
    /// house number to the address field, as in <see cref="ProfileOf"/>. The first message per form field is kept.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FormErrors(IReadOnlyDictionary<CustomerField, string> errors)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, message) in errors)
        {
            var property = field switch
            {
                CustomerField.Email => nameof(BuyerForm.Email),
                CustomerField.FirstName => nameof(BuyerForm.FirstName),
                CustomerField.LastName or CustomerField.Preposition => nameof(BuyerForm.LastName),
                CustomerField.Phone => nameof(BuyerForm.Phone),
                CustomerField.Address or CustomerField.HouseNumber => nameof(BuyerForm.Address),
                CustomerField.Zip => nameof(BuyerForm.Zip),
                CustomerField.City => nameof(BuyerForm.City),
                _ => null,
            };
            if (property is not null)
            {
                result.TryAdd(property, message);
            }
        }

        return result;
    }

    /// <summary>Peppered takes phone numbers as digits only.</summary>
    public static string? Digits(string? phone) =>
        string.IsNullOrWhiteSpace(phone) ? null : new string([.. phone.Where(char.IsAsciiDigit)]) is { Length: > 0 } d ? d : null;

    private static string? Join(string? a, string? b) =>
        string.Join(' ', new[] { a, b }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim())) is { Length: > 0 } j ? j : null;
}
