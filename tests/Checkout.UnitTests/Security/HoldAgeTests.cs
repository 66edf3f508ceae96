using Checkout.Tests.Shared.Fakes;
using Checkout.UnitTests.Shop;
using Checkout.Web.Features.Cart;

namespace Checkout.UnitTests.Security;

/// <summary>
/// Issue 16, seat hoarding by one visitor: adding tickets reset the renewal count, and a donation change or a removal
/// restarted VdM's hold without counting as a renewal, so one visitor could keep seats held for ever. Each attack plays
/// the visitor on a fake clock, a change every 4 minutes (well inside the 15-minute hold), against a VdM that restarts
/// its hold on every change it accepts and releases the seats when the hold ends. Now the attacker's hold ends no later
/// than <c>Shop:MaxHoldMinutes</c> (30) after the selection was first held: the change that would pass it is refused
/// with its message, the tickets stay held until then, and then VdM releases them.
/// </summary>
public sealed class HoldAgeTests : IDisposable
{
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan MaxHold = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan Attack = TimeSpan.FromMinutes(60);

    private readonly ShopHarness shop = new();
    private readonly ShopHarness.Visitor visitor;
    private readonly DateTimeOffset start;
    private DateTimeOffset vdmHoldEnd;

    public HoldAgeTests()
    {
        start = shop.Clock.GetUtcNow();
        visitor = shop.For("hoarder");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The attack: add a donation, take it out again, add it again, … every few minutes.
    [Fact]
    public async Task Donation_toggles_cannot_keep_a_selection_beyond_the_maximum_hold_age()
    {
        await HoldTwoTicketsAsync();

        var problems = await ChangeEveryFewMinutesAsync(i => visitor.Donations.SetAsync(i % 2 == 0 ? 5m : null, Ct));

        AssertTheHoldEndedWithinTheMaximum(problems);
    }

    // The attack: take one ticket out and add one again, every few minutes.
    [Fact]
    public async Task Removing_and_adding_a_ticket_cannot_keep_a_selection_beyond_the_maximum_hold_age()
    {
        await HoldTwoTicketsAsync();

        var problems = await ChangeEveryFewMinutesAsync(async _ =>
        {
            var seat = (await visitor.Cart.GetAsync(Ct)).Cart.Lines[0].SeatId;
            var removed = await visitor.Cart.RemoveAsync(seat, Ct);
            return removed.Succeeded
                ? await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Ct)
                : removed;
        });

        AssertTheHoldEndedWithinTheMaximum(problems);
    }

    // The attack: press "extend" every few minutes.
    [Fact]
    public async Task Renewals_cannot_keep_a_selection_beyond_the_maximum_hold_age()
    {
        await HoldTwoTicketsAsync();

        var problems = await ChangeEveryFewMinutesAsync(_ => visitor.Cart.RenewAsync(Ct));

        AssertTheHoldEndedWithinTheMaximum(problems);
    }

    [Fact]
    public async Task A_refused_extension_keeps_the_tickets_and_the_timer_says_so()
    {
        await HoldTwoTicketsAsync();
        shop.Clock.Advance(TimeSpan.FromMinutes(12));
        VdmRestartsItsHoldNow();
        Assert.True((await visitor.Cart.RenewAsync(Ct)).Succeeded);
        shop.Clock.Advance(TimeSpan.FromMinutes(12));
        VdmRestartsItsHoldNow();

        var refused = await visitor.Cart.RenewAsync(Ct);

        Assert.Equal(CartProblem.HoldLimitReached, refused.Problem);
        Assert.Equal(2, refused.View.Cart.TicketCount);
        Assert.Equal(start + TimeSpan.FromMinutes(27), refused.View.Hold.ExpiresAt);
        Assert.Equal(start + (MaxHold - Hold), refused.View.Hold.ExtendableUntil);
        Assert.Equal(9, refused.View.Hold.RenewalsLeft);
    }

    [Fact]
    public async Task Every_change_of_a_held_cart_counts_against_the_renewals()
    {
        await HoldTwoTicketsAsync();

        await visitor.Donations.SetAsync(5m, Ct);
        await visitor.Donations.SetAsync(null, Ct);
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Cjp, 1)], Ct);
        var removed = await visitor.Cart.RemoveAsync((await visitor.Cart.GetAsync(Ct)).Cart.Lines[0].SeatId, Ct);

        Assert.True(removed.Succeeded);
        Assert.Equal(6, removed.View.Hold.RenewalsLeft);
    }

    [Fact]
    public async Task After_the_hold_ended_the_selection_can_be_reserved_again_as_a_new_hold()
    {
        await HoldTwoTicketsAsync();
        await ChangeEveryFewMinutesAsync(_ => visitor.Cart.RenewAsync(Ct));
        await visitor.Cart.RefreshAsync(Ct);
        VdmRestartsItsHoldNow();

        var again = await visitor.Cart.RenewAsync(Ct);

        // The seats were free for everyone in between; what stops one network from doing this for ever is the cap on
        // the seats it holds at once (SeatHoardingTests).
        Assert.True(again.Succeeded);
        Assert.Equal(10, again.View.Hold.RenewalsLeft);
        Assert.Equal(shop.Clock.GetUtcNow() + Hold, again.View.Hold.ExpiresAt);
    }

    public void Dispose()
    {
        visitor.Dispose();
        shop.Dispose();
    }

    private async Task HoldTwoTicketsAsync()
    {
        VdmRestartsItsHoldNow();
        var added = await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Ct);
        Assert.True(added.Succeeded);
        vdmHoldEnd = added.View.Hold.ExpiresAt!.Value;
    }

    /// <summary>
    /// The attacker's loop: a change every <see cref="Step"/> for an hour, or until VdM released the seats because the
    /// hold ended anyway. What VdM's hold end became after each accepted change is tracked in <see cref="vdmHoldEnd"/>.
    /// </summary>
    private async Task<List<CartProblem>> ChangeEveryFewMinutesAsync(Func<int, Task<CartChange>> change)
    {
        var problems = new List<CartProblem>();
        for (var i = 0; Step * (i + 1) <= Attack; i++)
        {
            shop.Clock.Advance(Step);
            if (shop.Clock.GetUtcNow() >= vdmHoldEnd)
            {
                await ReleaseEverythingAsync();
                break;
            }

            VdmRestartsItsHoldNow();
            var result = await change(i);
            problems.Add(result.Problem);
            if (result.View.Hold.ExpiresAt is { } end && end > vdmHoldEnd)
            {
                vdmHoldEnd = end;
            }
        }

        return problems;
    }

    private void AssertTheHoldEndedWithinTheMaximum(List<CartProblem> problems)
    {
        Assert.True(vdmHoldEnd <= start + MaxHold, $"the hold was kept until {vdmHoldEnd - start} after the first hold");
        Assert.True(shop.Clock.GetUtcNow() < start + Attack, "the attacker kept the seats for the whole hour");
        Assert.Contains(CartProblem.HoldLimitReached, problems);
    }

    /// <summary>What VdM reports as the hold end for a change made now (Peppered's cart timeOut).</summary>
    private void VdmRestartsItsHoldNow() => shop.Vdm.PepperedCartTimeOut = shop.Clock.GetUtcNow() + Hold;

    private async Task ReleaseEverythingAsync()
    {
        for (var cart = 1; cart <= 30; cart++)
        {
            await shop.Vdm.Public.Empty($"cart-{cart}");
        }
    }
}
