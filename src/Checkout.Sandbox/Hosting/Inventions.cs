using Microsoft.AspNetCore.Http;

namespace Checkout.Sandbox.Hosting;

/// <summary>
/// What this sandbox does that VdM's documentation does not state, and the shop may come to rely on (each has a
/// section in docs/vdm-assumptions.md). <c>Sandbox:DocsOnly</c> switches every one off, so tests can show that the
/// shop survives a VdM that does only what it documents.
/// </summary>
internal sealed record Inventions(bool Enabled)
{
    public const string GenericRefusal = "The request could not be processed.";

    public static Inventions From(SandboxOptions options) => new(!options.DocsOnly);

    /// <summary>Peppered cart endpoints serve the public carts by their cart_id. Off: every Peppered cart call answers 404.</summary>
    public bool PepperedSharesPublicCarts => Enabled;

    /// <summary>A public order is linked to the Peppered customer with the buyer's e-mail (registered when new). Off: anonymous orders.</summary>
    public bool LinksOrdersToCustomersByEmail => Enabled;

    /// <summary>An unpaid order is cancelled, seats released, when its payment window ends. Off: it stays res / pending.</summary>
    public bool CancelsUnpaidOrders => Enabled;

    /// <summary>
    /// An unknown cart id is an empty cart, created on first use (also the id of a cart whose hold ended, which is
    /// forgotten). Off: only ids POST /cart handed out, and only until their hold ends, are carts; others answer 404.
    /// </summary>
    public bool CreatesCartsOnFirstUse => Enabled;

    /// <summary>Refused changes carry our status codes and texts (409 "Not enough tickets available", 422 "Maximum …"). Off: 400 with a generic message.</summary>
    public bool ExplainsRefusals => Enabled;

    /// <summary>Removing a ticket answers the updated cart. Off: 204 without a body.</summary>
    public bool AnswersRemovalWithTheCart => Enabled;

    /// <summary>
    /// The Peppered events list carries each event's <c>blockAvailability</c> (wheelchair places …), as the single event
    /// does. Off: the list sends the events without it (the contract only says the single event has availability).
    /// </summary>
    public bool ListsBlockAvailability => Enabled;

    /// <summary>A refused change, as VdM-style JSON: ours, or a bare 400 when refusals are not explained.</summary>
    public IResult Refuse(int status, string message, IReadOnlyDictionary<string, string[]>? errors = null) =>
        ExplainsRefusals ? SandboxJson.Error(status, message, errors) : SandboxJson.Error(StatusCodes.Status400BadRequest, GenericRefusal);
}
