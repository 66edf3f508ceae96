using System.Text.Json.Serialization;

namespace Checkout.Web.Shell.Embedding.VenueContext;

/// <summary>
/// Buyer details a venue page passed in (a member area that knows the visitor), each checked like typed input. Only
/// fills an empty checkout form: never proof of who the visitor is (that stays the venue's signed identity token).
/// </summary>
public sealed record VenuePrefill(string? Email, string? FirstName, string? LastName)
{
    [JsonIgnore]
    public bool IsEmpty => Email is null && FirstName is null && LastName is null;
}
