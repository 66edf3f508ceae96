using System.Globalization;
using Checkout.Web.Features.Purchase;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Checkout.UnitTests.Purchase;

public sealed class BuyerFormValidatorTests : IDisposable
{
    private static readonly IStringLocalizer<PurchaseText> Texts = new StringLocalizer<PurchaseText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    private readonly CultureInfo originalCulture = CultureInfo.CurrentUICulture;

    private readonly BuyerFormValidator validator = new(Texts);

    public void Dispose() => CultureInfo.CurrentUICulture = originalCulture;

    private static BuyerForm Valid() => new() { Email = "anna@example.nl", FirstName = "Anna", LastName = "de Vries" };

    private IReadOnlyList<string> ErrorsOf(BuyerForm form, string property) =>
        [.. validator.Validate(form).Errors.Where(e => e.PropertyName == property).Select(e => e.ErrorMessage)];

    [Fact]
    public void Email_and_names_are_enough()
    {
        Assert.True(validator.Validate(Valid()).IsValid);
    }

    [Fact]
    public void A_complete_form_is_valid()
    {
        var form = Valid();
        form.Phone = "+31 6 12345678";
        form.Address = "Kerkstraat 1";
        form.Zip = "1234 AB";
        form.City = "Utrecht";

        Assert.True(validator.Validate(form).IsValid);
    }

    [Fact]
    public void Missing_required_fields_get_their_own_Dutch_message()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("nl");

        var result = validator.Validate(new BuyerForm());

        Assert.Equal(
            [("Email", "Vul je e-mailadres in."), ("FirstName", "Vul je voornaam in."), ("LastName", "Vul je achternaam in.")],
            result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }

    [Fact]
    public void Messages_are_English_for_English_visitors()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");

        Assert.Equal(["Please enter your e-mail address."], ErrorsOf(new BuyerForm(), nameof(BuyerForm.Email)));
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("anna")]
    [InlineData("anna@example")]
    [InlineData("anna @example.nl")]
    [InlineData("anna@@example.nl")]
    public void Rejects_e_mail_addresses_that_cannot_work(string email)
    {
        CultureInfo.CurrentUICulture = new CultureInfo("nl");
        var form = Valid();
        form.Email = email;

        Assert.Equal([Texts["EmailInvalid"].Value], ErrorsOf(form, nameof(BuyerForm.Email)));
    }

    [Theory]
    [InlineData("1234 AB")]
    [InlineData("1234ab")]
    [InlineData("SW1A 1AA")]
    [InlineData("10115")]
    public void Accepts_Dutch_and_foreign_postcodes(string zip)
    {
        var form = Valid();
        form.Zip = zip;

        Assert.Empty(ErrorsOf(form, nameof(BuyerForm.Zip)));
    }

    [Theory]
    [InlineData("123 AB")]
    [InlineData("0123 AB")]
    [InlineData("12")]
    [InlineData("abc")]
    public void Rejects_postcodes_that_cannot_be_right(string zip)
    {
        CultureInfo.CurrentUICulture = new CultureInfo("nl");
        var form = Valid();
        form.Zip = zip;

        Assert.Equal([Texts["ZipInvalid"].Value], ErrorsOf(form, nameof(BuyerForm.Zip)));
    }

    [Theory]
    [InlineData("06-12345678")]
    [InlineData("+31 6 12345678")]
    [InlineData("020 123 4567")]
    [InlineData("+44 20 7946 0958")]
    public void Accepts_Dutch_and_international_phone_numbers(string phone)
    {
        var form = Valid();
        form.Phone = phone;

        Assert.Empty(ErrorsOf(form, nameof(BuyerForm.Phone)));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("call me")]
    [InlineData("+31 6 1234 5678 9012 34")]
    public void Rejects_phone_numbers_that_cannot_be_dialled(string phone)
    {
        CultureInfo.CurrentUICulture = new CultureInfo("nl");
        var form = Valid();
        form.Phone = phone;

        Assert.Equal([Texts["PhoneInvalid"].Value], ErrorsOf(form, nameof(BuyerForm.Phone)));
    }

    [Theory]
    [InlineData(nameof(BuyerForm.FirstName))]
    [InlineData(nameof(BuyerForm.LastName))]
    [InlineData(nameof(BuyerForm.Address))]
    [InlineData(nameof(BuyerForm.City))]
    public void Fields_over_the_maximum_length_are_refused_with_the_limit_named(string property)
    {
        CultureInfo.CurrentUICulture = new CultureInfo("nl");
        var form = Valid();
        typeof(BuyerForm).GetProperty(property)!.SetValue(form, new string('a', BuyerFormValidator.MaxLength + 1));

        var message = Assert.Single(ErrorsOf(form, property));
        Assert.Equal("Dit is te lang: gebruik hoogstens 100 tekens.", message);
    }

    [Fact]
    public void Names_of_exactly_the_maximum_length_are_fine()
    {
        var form = Valid();
        form.LastName = new string('a', BuyerFormValidator.MaxLength);

        Assert.True(validator.Validate(form).IsValid);
    }

    [Fact]
    public void An_e_mail_address_over_254_characters_is_too_long()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        var form = Valid();
        form.Email = new string('a', 250) + "@example.nl";

        Assert.Equal(["This is too long: use at most 254 characters."], ErrorsOf(form, nameof(BuyerForm.Email)));
    }

    [Theory]
    [InlineData("1234ab", "1234 AB")]
    [InlineData("1234 ab", "1234 AB")]
    [InlineData(" 1234AB ", "1234 AB")]
    [InlineData("SW1A 1AA", "SW1A 1AA")]
    [InlineData(" 10115 ", "10115")]
    public void NormalizeZip_writes_Dutch_postcodes_the_usual_way_and_only_trims_others(string zip, string expected)
    {
        Assert.Equal(expected, BuyerFormValidator.NormalizeZip(zip));
    }

    [Fact]
    public void The_details_sent_to_VdM_are_trimmed_and_leave_out_empty_optional_fields()
    {
        var form = new BuyerForm { Email = " anna@example.nl ", FirstName = " Anna", LastName = "de Vries ", Phone = "  ", Zip = "1234ab", ContactOptIn = true };

        var details = form.ToDetails();

        Assert.Equal("anna@example.nl", details.Email);
        Assert.Equal("Anna", details.FirstName);
        Assert.Equal("de Vries", details.LastName);
        Assert.Null(details.Phone);
        Assert.Null(details.Address);
        Assert.Equal("1234 AB", details.Zip);
        Assert.True(details.ContactOptIn);
        Assert.False(details.MailingListOptIn);
    }
}
