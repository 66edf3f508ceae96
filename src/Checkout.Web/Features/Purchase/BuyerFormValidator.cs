using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Checkout.Web.Features.Purchase;

/// <summary>
/// Buyer details as VdM needs them: e-mail and name required; phone, address, postcode and city optional but sensible
/// when given. Dutch forms ("1234 AB", "06-12345678", "020 123 4567", "+31 6 …") and international ones are accepted.
/// </summary>
public sealed partial class BuyerFormValidator : AbstractValidator<BuyerForm>
{
    public const int MaxLength = 100;

    public BuyerFormValidator(IStringLocalizer<PurchaseText> t)
    {
        RuleFor(b => b.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => t["EmailRequired"])
            .MaximumLength(254).WithMessage(_ => t["TooLong"])
            .Must(BeAnEmailAddress).WithMessage(_ => t["EmailInvalid"]);
        RuleFor(b => b.FirstName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => t["FirstNameRequired"])
            .MaximumLength(MaxLength).WithMessage(_ => t["TooLong"]);
        RuleFor(b => b.LastName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => t["LastNameRequired"])
            .MaximumLength(MaxLength).WithMessage(_ => t["TooLong"]);
        RuleFor(b => b.Phone).Must(BeAPhoneNumber).When(b => !string.IsNullOrWhiteSpace(b.Phone)).WithMessage(_ => t["PhoneInvalid"]);
        RuleFor(b => b.Address).MaximumLength(MaxLength).WithMessage(_ => t["TooLong"]);
        RuleFor(b => b.City).MaximumLength(MaxLength).WithMessage(_ => t["TooLong"]);
        RuleFor(b => b.Zip).Must(BeAPostcode).When(b => !string.IsNullOrWhiteSpace(b.Zip)).WithMessage(_ => t["ZipInvalid"]);
    }

    /// <summary>"1234ab" and "1234 ab" become "1234 AB"; other postcodes are only trimmed.</summary>
    public static string NormalizeZip(string zip)
    {
        var match = DutchPostcode().Match(zip.Trim());
        return match.Success ? $"{match.Groups[1].Value} {match.Groups[2].Value.ToUpperInvariant()}" : zip.Trim();
    }

    public static bool BeAnEmailAddress(string email) =>
        EmailPattern().IsMatch(email.Trim());

    /// <summary>7 to 15 digits (E.164 length) with the usual separators, optionally starting with + or 00.</summary>
    public static bool BeAPhoneNumber(string phone)
    {
        var trimmed = phone.Trim();
        if (!PhoneCharacters().IsMatch(trimmed))
        {
            return false;
        }

        var digits = trimmed.Count(char.IsAsciiDigit);
        return digits is >= 7 and <= 15;
    }

    /// <summary>Dutch "1234 AB" (not starting with 0) or an international code of 3 to 10 letters, digits, spaces or dashes.</summary>
    public static bool BeAPostcode(string zip)
    {
        var trimmed = zip.Trim();
        return DutchPostcode().IsMatch(trimmed) || (ForeignPostcode().IsMatch(trimmed) && trimmed.Any(char.IsAsciiDigit) && !LooksDutchButWrong().IsMatch(trimmed));
    }

    [GeneratedRegex(@"^[^@\s<>()\[\],;:""]+@[^@\s<>()\[\],;:""]+\.[^@\s<>()\[\],;:""]{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()./-]*$")]
    private static partial Regex PhoneCharacters();

    [GeneratedRegex(@"^([1-9][0-9]{3})\s?([a-zA-Z]{2})$")]
    private static partial Regex DutchPostcode();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 -]{1,8}[A-Za-z0-9]$")]
    private static partial Regex ForeignPostcode();

    // "123 AB" or "12345AB" are typos of a Dutch postcode, not foreign ones.
    [GeneratedRegex(@"^[0-9]{3,5}\s?[a-zA-Z]{2}$")]
    private static partial Regex LooksDutchButWrong();
}
