using System.Globalization;
using System.Net.Mail;
using Checkout.Sandbox.Data;

namespace Checkout.Sandbox.Peppered;

/// <summary>Customer create/update body with VdM's documented rules.</summary>
internal sealed record CustomerBody(
    string? Email, string? CustomerFirstName, string? CustomerLastName, string? CustomerSalutation,
    string? CustomerPreposition, string? CustomerAddress, string? CustomerHouseNr, string? CustomerZip,
    string? CustomerCity, string? CustomerCountry, string? CustomerPhone, string? CustomerCredit)
{
    /// <summary>Laravel-style field errors; on update (<paramref name="existing"/> set) every field is optional.</summary>
    public Dictionary<string, string[]> Validate(Venue venue, Customer? existing)
    {
        var errors = new Dictionary<string, string[]>();
        var creating = existing is null;
        void Fail(string field, string message) => errors[field] = [message];

        if (creating && string.IsNullOrWhiteSpace(Email)) Fail("email", "The email field is required.");
        else if (Email is not null && !MailAddress.TryCreate(Email, out _)) Fail("email", "The email must be a valid email address.");
        else if (Email is not null && venue.CustomerByEmail(Email) is { } other && other != existing) Fail("email", "The email has already been taken.");
        if (creating && string.IsNullOrWhiteSpace(CustomerFirstName)) Fail("customerFirstName", "The customer first name field is required.");
        if (creating && string.IsNullOrWhiteSpace(CustomerLastName)) Fail("customerLastName", "The customer last name field is required.");
        MaxLength(Fail, "customerFirstName", CustomerFirstName, 255);
        MaxLength(Fail, "customerLastName", CustomerLastName, 255);
        MaxLength(Fail, "customerSalutation", CustomerSalutation, 1);
        MaxLength(Fail, "customerPreposition", CustomerPreposition, 255);
        MaxLength(Fail, "customerAddress", CustomerAddress, 255);
        MaxLength(Fail, "customerHouseNr", CustomerHouseNr, 20);
        MaxLength(Fail, "customerZip", CustomerZip, 10);
        MaxLength(Fail, "customerCity", CustomerCity, 255);
        MaxLength(Fail, "customerCountry", CustomerCountry, 255);
        if (CustomerPhone is { Length: > 0 } phone && !phone.All(char.IsAsciiDigit)) Fail("customerPhone", "The customer phone must be a number.");
        if (CustomerCredit is { Length: > 0 } credit && !IsMoney(credit)) Fail("customerCredit", "The customer credit must be a decimal with at most 2 decimals.");
        return errors;
    }

    public void ApplyTo(Customer customer)
    {
        customer.Email = Email ?? customer.Email;
        customer.FirstName = CustomerFirstName ?? customer.FirstName;
        customer.LastName = CustomerLastName ?? customer.LastName;
        customer.Salutation = CustomerSalutation ?? customer.Salutation;
        customer.Preposition = CustomerPreposition ?? customer.Preposition;
        customer.Address = CustomerAddress ?? customer.Address;
        customer.HouseNr = CustomerHouseNr ?? customer.HouseNr;
        customer.Zip = CustomerZip ?? customer.Zip;
        customer.City = CustomerCity ?? customer.City;
        customer.Country = CustomerCountry ?? customer.Country;
        customer.Phone = CustomerPhone ?? customer.Phone;
        customer.Credit = CustomerCredit ?? customer.Credit;
    }

    private static void MaxLength(Action<string, string> fail, string field, string? value, int max)
    {
        if (value?.Length > max)
        {
            fail(field, $"The {field} may not be greater than {max} characters.");
        }
    }

    private static bool IsMoney(string value) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
        && decimal.Round(amount, 2) == amount;
}
