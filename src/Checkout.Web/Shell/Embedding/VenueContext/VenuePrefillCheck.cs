using Checkout.Web.Features.Purchase;
using FluentValidation;

namespace Checkout.Web.Shell.Embedding.VenueContext;

/// <summary>
/// Checks prefilled details with the checkout form's own validator, field by field: what would be refused when typed
/// (a malformed address, a name over the length limit) is left out, the rest is kept. A field a text input could not
/// hold (a line break, another control character) is left out too.
/// </summary>
public sealed class VenuePrefillCheck(IValidator<BuyerForm> validator)
{
    public async Task<VenuePrefill?> CheckAsync(string? email, string? firstName, string? lastName, CancellationToken cancellationToken)
    {
        var form = new BuyerForm { Email = Typed(email), FirstName = Typed(firstName), LastName = Typed(lastName) };
        var refused = (await validator.ValidateAsync(form, cancellationToken)).Errors.Select(e => e.PropertyName).ToHashSet(StringComparer.Ordinal);
        var prefill = new VenuePrefill(
            Kept(form.Email, nameof(BuyerForm.Email)),
            Kept(form.FirstName, nameof(BuyerForm.FirstName)),
            Kept(form.LastName, nameof(BuyerForm.LastName)));
        return prefill.IsEmpty ? null : prefill;

        string? Kept(string value, string property) => value.Length > 0 && !refused.Contains(property) ? value : null;
    }

    private static string Typed(string? value) =>
        value is null || value.Any(char.IsControl) ? "" : value.Trim();
}
