using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;

namespace Checkout.Web.Shell.Embedding.VenueContext;

/// <summary>
/// The one owner of the visitor's <see cref="VenueVisit"/>: reads it, and changes it under the visitor's lock so an
/// event recorded by one request is never lost to the basket counter taking events in another. A scope without a
/// visitor (no cookie yet) has an empty visit and changes nothing.
/// </summary>
public sealed class VenueVisits(CurrentClient client, CurrentVisitor visitor, VenueVisitStore store, IVisitorLock locks)
{
    public Task<VenueVisit> ReadAsync(CancellationToken cancellationToken) =>
        visitor.Id is null ? Task.FromResult(VenueVisit.Empty) : store.GetAsync(ShopVisitor.Of(client, visitor), cancellationToken);

    /// <summary>Applies <paramref name="change"/> under the visitor's lock and returns the visit as it was before.</summary>
    public async Task<VenueVisit> UpdateAsync(Func<VenueVisit, VenueVisit> change, CancellationToken cancellationToken)
    {
        if (visitor.Id is null)
        {
            return VenueVisit.Empty;
        }

        var who = ShopVisitor.Of(client, visitor);
        await using var held = await locks.AcquireAsync(who, cancellationToken);
        var before = await store.GetAsync(who, cancellationToken);
        var after = change(before);
        if (!ReferenceEquals(after, before))
        {
            await store.SaveAsync(who, after, cancellationToken);
        }

        return before;
    }

    /// <summary>What the venue page passed in, as a start for an empty checkout form; null when it passed nothing.</summary>
    public async Task<Buyer?> PrefilledBuyerAsync(CancellationToken cancellationToken) =>
        (await ReadAsync(cancellationToken)).Prefill is { IsEmpty: false } prefill
            ? new Buyer { Email = prefill.Email ?? "", FirstName = prefill.FirstName ?? "", LastName = prefill.LastName ?? "" }
            : null;
}
