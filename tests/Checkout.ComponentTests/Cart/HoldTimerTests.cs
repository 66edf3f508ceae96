using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Web.Features.Cart;

namespace Checkout.ComponentTests.Cart;

public sealed class HoldTimerTests : CheckoutTestContext
{
    private const string TwoMinutes = "Nog 2 minuten, daarna komen je kaarten weer vrij.";
    private const string TwentySeconds = "Nog 20 seconden, daarna komen je kaarten weer vrij.";
    private const string CanExtend = "Met de knop Tijd verlengen krijg je meer tijd.";

    private int renewed;
    private int expired;

    [Fact]
    public void Counts_down_every_second()
    {
        var timer = RenderTimer(TimeSpan.FromMinutes(15));

        Assert.Equal("15:00", Shown(timer));
        Clock.Advance(TimeSpan.FromSeconds(1));
        timer.WaitForAssertion(() => Assert.Equal("14:59", Shown(timer)));
        Clock.Advance(TimeSpan.FromSeconds(61));
        timer.WaitForAssertion(() => Assert.Equal("13:58", Shown(timer)));
        Assert.Equal("timer", timer.Find("[data-testid=cart-timer]").GetAttribute("role"));
    }

    [Fact]
    public void Shows_whole_seconds_rounded_up()
    {
        var timer = RenderTimer(TimeSpan.FromSeconds(90.4));

        Assert.Equal("1:31", Shown(timer));
        Clock.Advance(TimeSpan.FromSeconds(0.4));
        timer.WaitForAssertion(() => Assert.Equal("1:30", Shown(timer)));
    }

    [Fact]
    public void Shows_nothing_and_runs_no_timer_without_a_hold()
    {
        var timer = Render<HoldTimer>(p => p
            .Add(t => t.ExpiresAt, null)
            .Add(t => t.RenewalsLeft, 10)
            .Add(t => t.OnRenew, () => renewed++)
            .Add(t => t.OnExpired, () => expired++));

        Clock.Advance(TimeSpan.FromHours(1));

        Assert.Empty(timer.FindAll("[data-testid=cart-timer]"));
        Assert.Equal(0, expired);
    }

    [Fact]
    public void Announces_only_at_two_minutes_and_at_twenty_seconds()
    {
        var timer = RenderTimer(TimeSpan.FromMinutes(15), renewalsLeft: 0);

        Clock.Advance(TimeSpan.FromSeconds(12 * 60 + 59));
        timer.WaitForAssertion(() => Assert.Equal("2:01", Shown(timer)));
        Assert.Empty(Announcement(timer));

        Clock.Advance(TimeSpan.FromSeconds(1));
        timer.WaitForAssertion(() => Assert.Equal(TwoMinutes, Announcement(timer)));
        Clock.Advance(TimeSpan.FromSeconds(1));
        timer.WaitForAssertion(() => Assert.Equal("1:59", Shown(timer)));
        Assert.Equal(TwoMinutes, Announcement(timer));

        Clock.Advance(TimeSpan.FromSeconds(98));
        timer.WaitForAssertion(() => Assert.Equal("0:21", Shown(timer)));
        Assert.Equal(TwoMinutes, Announcement(timer));

        Clock.Advance(TimeSpan.FromSeconds(1));
        timer.WaitForAssertion(() => Assert.Equal(TwentySeconds, Announcement(timer)));
        Clock.Advance(TimeSpan.FromSeconds(10));
        timer.WaitForAssertion(() => Assert.Equal("0:10", Shown(timer)));
        Assert.Equal(TwentySeconds, Announcement(timer));
        Assert.Equal("assertive", timer.Find("[data-testid=cart-timer-announcement]").GetAttribute("aria-live"));
    }

    [Fact]
    public void Announcements_point_to_the_extend_button_while_extensions_are_left()
    {
        var timer = RenderTimer(TimeSpan.FromMinutes(3));

        Clock.Advance(TimeSpan.FromMinutes(1));

        timer.WaitForAssertion(() => Assert.Equal($"{TwoMinutes} {CanExtend}", Announcement(timer)));
    }

    [Fact]
    public void Warns_below_two_minutes()
    {
        var timer = RenderTimer(TimeSpan.FromMinutes(2));

        Assert.Empty(timer.FindAll("[data-testid=cart-timer-warning]"));
        Clock.Advance(TimeSpan.FromSeconds(1));
        timer.WaitForAssertion(() => Assert.Equal(
            "Je tijd is bijna om. Rond je bestelling af of verleng de tijd.", timer.Find("[data-testid=cart-timer-warning]").TextContent));
        Assert.Empty(timer.FindAll("[role=alert]"));
    }

    [Fact]
    public void Offers_to_extend_under_five_minutes()
    {
        var timer = RenderTimer(TimeSpan.FromMinutes(10));

        Clock.Advance(TimeSpan.FromMinutes(5));
        timer.WaitForAssertion(() => Assert.Equal("5:00", Shown(timer)));
        Assert.Empty(timer.FindAll("[data-testid=cart-renew]"));

        Clock.Advance(TimeSpan.FromSeconds(1));
        timer.WaitForAssertion(() => Assert.Equal("Tijd verlengen", timer.Find("[data-testid=cart-renew]").TextContent.Trim()));
        Assert.Empty(timer.FindAll("[data-testid=cart-renewals-left]"));
        timer.Find("[data-testid=cart-renew]").Click();
        timer.WaitForAssertion(() => Assert.Equal(1, renewed));
    }

    [Fact]
    public void Says_how_many_extensions_are_left_when_few()
    {
        Assert.Equal("Je kunt nog 2 keer verlengen.", RenderTimer(TimeSpan.FromMinutes(4), renewalsLeft: 2).Find("[data-testid=cart-renewals-left]").TextContent);
        Assert.Equal("Je kunt nog 1 keer verlengen.", RenderTimer(TimeSpan.FromMinutes(4), renewalsLeft: 1).Find("[data-testid=cart-renewals-left]").TextContent);
        Assert.Empty(RenderTimer(TimeSpan.FromMinutes(4), renewalsLeft: 0).FindAll("[data-testid=cart-renew]"));
    }

    [Fact]
    public void Says_when_the_time_can_no_longer_be_extended()
    {
        var noneLeft = RenderTimer(TimeSpan.FromMinutes(4), renewalsLeft: 0);
        var tooOld = RenderTimer(TimeSpan.FromMinutes(4), extendableUntil: Clock.GetUtcNow().AddSeconds(-1));

        foreach (var timer in new[] { noneLeft, tooOld })
        {
            Assert.Empty(timer.FindAll("[data-testid=cart-renew]"));
            Assert.Equal("De tijd kan niet meer worden verlengd: rond je bestelling af voordat de tijd om is.",
                timer.Find("[data-testid=cart-no-renewals]").TextContent);
        }
    }

    [Fact]
    public void Stops_offering_to_extend_once_the_selection_is_as_old_as_allowed()
    {
        var timer = RenderTimer(TimeSpan.FromMinutes(10), extendableUntil: Clock.GetUtcNow().AddMinutes(6));

        Clock.Advance(TimeSpan.FromSeconds(5 * 60 + 1));
        timer.WaitForAssertion(() => Assert.Single(timer.FindAll("[data-testid=cart-renew]")));
        Assert.Empty(timer.FindAll("[data-testid=cart-no-renewals]"));

        Clock.Advance(TimeSpan.FromMinutes(1));
        timer.WaitForAssertion(() => Assert.Empty(timer.FindAll("[data-testid=cart-renew]")));
        Assert.Single(timer.FindAll("[data-testid=cart-no-renewals]"));
        Clock.Advance(TimeSpan.FromMinutes(2));
        timer.WaitForAssertion(() => Assert.Equal(TwoMinutes, Announcement(timer)));
    }

    [Fact]
    public void Reports_the_end_once_and_stops()
    {
        var timer = RenderTimer(TimeSpan.FromMinutes(1));

        Clock.Advance(TimeSpan.FromMinutes(1));
        timer.WaitForAssertion(() => Assert.Equal(1, expired));
        Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(1, expired);
        Assert.Equal("0:00", Shown(timer));
        Assert.Equal("De tijd is om.", timer.Find("[data-testid=cart-timer-warning]").TextContent);
    }

    [Fact]
    public void A_new_hold_restarts_the_countdown_and_its_announcements()
    {
        var timer = RenderTimer(TimeSpan.FromMinutes(3));
        Clock.Advance(TimeSpan.FromMinutes(1));
        timer.WaitForAssertion(() => Assert.StartsWith(TwoMinutes, Announcement(timer)));

        timer.Render(p => p.Add(t => t.ExpiresAt, Clock.GetUtcNow().AddMinutes(15)));

        Assert.Equal("15:00", Shown(timer));
        Assert.Empty(Announcement(timer));
        Clock.Advance(TimeSpan.FromMinutes(13));
        timer.WaitForAssertion(() => Assert.StartsWith(TwoMinutes, Announcement(timer)));
        Assert.Equal(0, expired);
    }

    [Fact]
    public async Task Stops_ticking_when_removed()
    {
        RenderTimer(TimeSpan.FromMinutes(1));

        await DisposeComponentsAsync();
        Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(0, expired);
    }

    private IRenderedComponent<HoldTimer> RenderTimer(TimeSpan hold, int renewalsLeft = 10, DateTimeOffset? extendableUntil = null) => Render<HoldTimer>(p => p
        .Add(t => t.ExpiresAt, Clock.GetUtcNow() + hold)
        .Add(t => t.RenewalsLeft, renewalsLeft)
        .Add(t => t.ExtendableUntil, extendableUntil)
        .Add(t => t.OnRenew, () => renewed++)
        .Add(t => t.OnExpired, () => expired++));

    private static string Shown(IRenderedComponent<HoldTimer> timer) => timer.Find("[data-testid=cart-timer]").TextContent;

    private static string Announcement(IRenderedComponent<HoldTimer> timer) =>
        timer.Find("[data-testid=cart-timer-announcement]").TextContent;
}
