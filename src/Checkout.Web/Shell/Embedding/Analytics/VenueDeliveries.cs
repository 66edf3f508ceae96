using Checkout.VoordeMensen;
using Checkout.Web.Features.Orders;
using Checkout.Web.Shell.Embedding.VenueContext;

namespace Checkout.Web.Shell.Embedding.Analytics;

/// <summary>
/// Hands the waiting events to a basket counter on the venue page, each at most once. A placed order's purchase is
/// reported once VdM says it is paid; VdM is asked at most every <see cref="PendingPurchase.CheckEvery"/> per visitor,
/// and an order VdM does not know, a cancelled one or one older than <see cref="PendingPurchase.FollowFor"/> is dropped.
/// </summary>
public sealed class VenueDeliveries(VenueVisits visits, OrderStatusService orders, TimeProvider time)
{
    public async Task<IReadOnlyList<VenueEvent>> TakeAsync(CancellationToken cancellationToken)
    {
        var visit = await visits.ReadAsync(cancellationToken);
        if (!visit.HasDeliveries)
        {
            return [];
        }

        var now = time.GetUtcNow();
        var judged = visit.Purchase;
        var verdict = judged is null ? Verdict.Waiting : await JudgeAsync(judged, now, cancellationToken);
        var before = await visits.UpdateAsync(v => v with { Pending = [], Purchase = Next(v.Purchase, judged, verdict, now) }, cancellationToken);

        // Another counter may have taken the purchase meanwhile: only the one that removed it reports it.
        return verdict == Verdict.Paid && before.Purchase is { } paid && paid.OrderKey == judged!.OrderKey
            ? [.. before.Pending, paid.Event]
            : before.Pending;
    }

    private static PendingPurchase? Next(PendingPurchase? current, PendingPurchase? judged, Verdict verdict, DateTimeOffset now)
    {
        if (current is null || judged is null || current.OrderKey != judged.OrderKey)
        {
            return current;
        }

        return verdict switch
        {
            Verdict.Waiting when judged.IsDue(now) => current with { CheckedAt = now },
            Verdict.Waiting => current,
            _ => null,
        };
    }

    private async Task<Verdict> JudgeAsync(PendingPurchase purchase, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (purchase.IsStale(now))
        {
            return Verdict.Drop;
        }

        if (!purchase.IsDue(now))
        {
            return Verdict.Waiting;
        }

        var status = await orders.GetAsync(purchase.OrderKey, cancellationToken);
        return status switch
        {
            { Succeeded: false } => Verdict.Waiting,
            { Value: null } => Verdict.Drop,
            { Value.Outcome: OrderOutcome.Paid or OrderOutcome.Reissued } => Verdict.Paid,
            { Value.Outcome: OrderOutcome.Failed or OrderOutcome.Unpaid or OrderOutcome.CancelledAfterPayment or OrderOutcome.Gone } => Verdict.Drop,
            _ => Verdict.Waiting,
        };
    }

    private enum Verdict
    {
        Waiting,
        Paid,
        Drop,
    }
}
