using Checkout.Sandbox.Hosting;
using System.Net;
using System.Net.Mail;

namespace Checkout.Sandbox.PublicApi;

/// <summary>The public order-create body (snake_case except redirectURL, as VdM spells it).</summary>
internal sealed record OrderRequest(
    string? CartId, int? PaymentId, string? RedirectUrl, string? Email, string? FirstName, string? LastName,
    string? Phone, string? Address, string? City, string? Zip)
{
    public static OrderRequest From(WireBody body) => new(
        body.String("cart_id"), body.Int("payment_id"), body.String("redirectURL"), body.String("email"),
        body.String("firstname"), body.String("lastname"), body.String("phone"), body.String("address"),
        body.String("city"), body.String("zip"));

    /// <summary>Field → messages, Laravel style; empty when the request is acceptable.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "cart_id", CartId);
        Require(errors, "email", Email);
        Require(errors, "firstname", FirstName);
        Require(errors, "lastname", LastName);
        Require(errors, "redirectURL", RedirectUrl);
        if (PaymentId is null)
        {
            errors["payment_id"] = ["The payment_id field is required."];
        }
        if (Email is not null && !MailAddress.TryCreate(Email, out _))
        {
            errors["email"] = ["The email must be a valid email address."];
        }
        if (RedirectUrl is not null && !IsAcceptableRedirect(RedirectUrl))
        {
            errors["redirectURL"] = ["The redirectURL must be an absolute https URL (http only for localhost)."];
        }
        return errors;
    }

    /// <summary>VdM only redirects to https; plain http is allowed for loopback hosts so local runs work.</summary>
    public static bool IsAcceptableRedirect(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri.Host));

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);

    private static void Require(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"The {field} field is required."];
        }
    }
}
