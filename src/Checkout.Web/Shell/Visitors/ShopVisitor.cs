using Checkout.Web.Shell.Clients;

namespace Checkout.Web.Shell.Visitors;

/// <summary>
/// The visitor of a request or circuit as the server keys their state: the client they shop at and the id from
/// their protected cookie, plus the address they came from (only for per-address limits, never part of a key).
/// Resolved once per action instead of passing the client key and visitor id along every call.
/// </summary>
public sealed record ShopVisitor(string ClientKey, string Id, string? Address)
{
    /// <summary>The visitor of the current scope; throws when no visitor was identified.</summary>
    public static ShopVisitor Of(CurrentClient client, CurrentVisitor visitor) => new(client.Key, visitor.RequiredId, visitor.Address);

    /// <summary>Never the id: it is the key to the visitor's cart session.</summary>
    public override string ToString() => $"visitor of {ClientKey}";
}
