using Checkout.VoordeMensen;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// The page requests that verify a visitor: a venue token link (<c>?identity=</c>) and the redemption of a circuit's
/// verification ticket (<c>?verified=</c>). Both end in a new visitor id (<see cref="IVisitorRotation"/>) holding the
/// identity, unless the token would replace what the visitor typed or another verified identity: then the token's
/// address waits for the visitor's "continue as …?" (<see cref="PendingIdentityStore"/>) and nothing changes yet.
/// </summary>
public sealed class IdentityLinks(
    IVoordeMensenClients vdm,
    CurrentClient client,
    CurrentVisitor visitor,
    IdentityTokens tokens,
    VerificationTickets tickets,
    CustomerRateLimits limits,
    VerifiedIdentityStore identities,
    PendingIdentityStore pendings,
    CustomerRecords records,
    CustomerOrderHistory history,
    CheckoutService checkout,
    IVisitorRotation rotation,
    TimeProvider time)
{
    private ShopVisitor Visitor => ShopVisitor.Of(client, visitor);

    /// <summary>
    /// Follows a venue token link. Refused when the visitor's network followed too many (valid or not) in the window;
    /// otherwise a token that fails validation simply changes nothing.
    /// </summary>
    public async Task<RateDecision> FollowTokenAsync(HttpContext context, string token, CancellationToken cancellationToken)
    {
        var decision = await limits.TryTokenLinkAsync(client.Key, visitor.Address, cancellationToken);
        if (!decision.Allowed || !vdm.For(client.Key).HasPepperedKey || await tokens.RedeemAsync(client.Key, token, cancellationToken) is not { } email)
        {
            return decision;
        }

        var current = await identities.GetAsync(Visitor, cancellationToken);
        if (string.Equals(current?.Email, email, StringComparison.Ordinal))
        {
            return decision;
        }

        if (current is not null || TypedOtherThan(await checkout.GetSavedBuyerAsync(cancellationToken), email))
        {
            await pendings.SaveAsync(Visitor, new PendingIdentity(email, time.GetUtcNow()), cancellationToken);
            return decision;
        }

        if (await records.IdentifyAsync(email, cancellationToken) is { } identity)
        {
            await AdoptAsync(context, identity, cancellationToken);
        }

        return decision;
    }

    /// <summary>Finishes a verification made in this visitor's circuit; a foreign, used or stale ticket changes nothing.</summary>
    public async Task RedeemTicketAsync(HttpContext context, string ticket, CancellationToken cancellationToken)
    {
        if (await tickets.RedeemAsync(Visitor, ticket, cancellationToken) is { } identity)
        {
            await AdoptAsync(context, identity, cancellationToken);
        }
    }

    private async Task AdoptAsync(HttpContext context, VerifiedIdentity identity, CancellationToken cancellationToken)
    {
        var renewed = await rotation.RotateAsync(context, cancellationToken);
        await identities.SaveAsync(renewed, identity, cancellationToken);
        await history.ForgetAsync(identity, cancellationToken);
    }

    // Details for the token's own address stay as typed anyway (CheckoutState keeps them); anything else would be replaced.
    private static bool TypedOtherThan(Buyer? typed, string email) =>
        typed is not null
        && !string.Equals(typed.Email, email, StringComparison.OrdinalIgnoreCase)
        && new[] { typed.Email, typed.FirstName, typed.LastName, typed.Phone, typed.Address, typed.Zip, typed.City }.Any(f => !string.IsNullOrWhiteSpace(f));
}
