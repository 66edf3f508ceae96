using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Web.Features.Cart;

namespace Checkout.ComponentTests.Cart;

/// <summary>
/// The hold timer as the server renders it (js/hold-timer.js counts down from there; E2E HoldTimerScriptTests): the
/// state at request time, and everything the script needs to warn, offer the extension and announce.
/// </summary>
public sealed class HoldTimerTests : CheckoutTestContext
{
    private const string TwoMinutes = "Nog 2 minuten, daarna komen je kaarten weer vrij.";
    private const string TwentySeconds = "Nog 20 seconden, daarna komen je kaarten weer vrij.";
    private const string CanExtend = "Met de knop Tijd verlengen krijg je meer tijd.";

    private int renewed;

    [Fact]
    public void Shows_the_time_left_and_gives_the_script_the_moment_the_hold_ends()
    {
        var timer = RenderTimer(TimeSpan.FromMinutes(15));

        Assert.Equal("15:00", Shown(timer));
        Assert.Equal("timer", timer.Find("[data-testid=cart-timer]").GetAttribute("role"));
        var root = timer.Find("[data-hold-timer]");
        Assert.Equal((Clock.GetUtcNow() + TimeSpan.FromMinutes(15)).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), root.GetAttribute("data-expires-at"));
        Assert.Equal("900000", root.GetAttribute("data-remaining-ms"));
    }

    [Fact]
    public void Shows_whole_seconds_rounded_up()
    {
        Assert.Equal("1:31", Shown(RenderTimer(TimeSpan.FromSeconds(90.4))));
    }

    [Fact]
    public void Shows_nothing_without_a_hold()
    {
        var timer = Render<HoldTimer>(p => p
            .Add(t => t.ExpiresAt, null)
            .Add(t => t.RenewalsLeft, 10)
            .Add(t => t.OnRenew, () => renewed++));

        Assert.Empty(timer.FindAll("[data-testid=cart-timer]"));
    }

    [Fact]
    public void The_announcements_wait_in_an_assertive_live_region_that_starts_empty()
    {
        var timer = RenderTimer(TimeSpan.FromMinutes(15), renewalsLeft: 0);

        var root = timer.Find("[data-hold-timer]");
        Assert.Equal(TwoMinutes, root.GetAttribute("data-text-two"));
        Assert.Equal(TwentySeconds, root.GetAttribute("data-text-twenty"));
        var live = timer.Find("[data-testid=cart-timer-announcement]");
        Assert.Equal("assertive", live.GetAttribute("aria-live"));
        Assert.Empty(live.TextContent);
    }

    [Fact]
    public void Announcements_point_to_the_extend_button_while_extensions_are_left()
    {
        var root = RenderTimer(TimeSpan.FromMinutes(3)).Find("[data-hold-timer]");

        Assert.Equal($"{TwoMinutes} {CanExtend}", root.GetAttribute("data-text-two"));
        Assert.Equal($"{TwentySeconds} {CanExtend}", root.GetAttribute("data-text-twenty"));
    }

    [Fact]
    public void Warns_below_two_minutes()
    {
        Assert.True(RenderTimer(TimeSpan.FromMinutes(2)).Find("[data-testid=cart-timer-warning]").HasAttribute("hidden"));

        var timer = RenderTimer(TimeSpan.FromSeconds(119));
        var warning = timer.Find("[data-testid=cart-timer-warning]");
        Assert.False(warning.HasAttribute("hidden"));
        Assert.Equal("Je tijd is bijna om. Rond je bestelling af of verleng de tijd.", warning.TextContent);
        Assert.Empty(timer.FindAll("[role=alert]"));
    }

    [Fact]
    public void Offers_to_extend_under_five_minutes_as_a_form_post()
    {
        Assert.True(RenderTimer(TimeSpan.FromMinutes(5)).Find("form[data-hold-renew]").HasAttribute("hidden"));

        var timer = RenderTimer(TimeSpan.FromSeconds(299));
        var form = timer.Find("form[data-hold-renew]");
        Assert.False(form.HasAttribute("hidden"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("Tijd verlengen", timer.Find("[data-testid=cart-renew]").TextContent.Trim());
        Assert.Equal("submit", timer.Find("[data-testid=cart-renew]").GetAttribute("type"));
        Assert.Empty(timer.FindAll("[data-testid=cart-renewals-left]"));
        form.Submit();
        Assert.Equal(1, renewed);
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
            var note = timer.Find("[data-testid=cart-no-renewals]");
            Assert.False(note.HasAttribute("hidden"));
            Assert.Equal("De tijd kan niet meer worden verlengd: rond je bestelling af voordat de tijd om is.", note.TextContent);
            Assert.Equal("false", timer.Find("[data-hold-timer]").GetAttribute("data-may-renew"));
        }
    }

    [Fact]
    public void An_ended_hold_shows_zero_and_says_so()
    {
        var timer = RenderTimer(TimeSpan.Zero);

        Assert.Equal("0:00", Shown(timer));
        Assert.Equal("De tijd is om.", timer.Find("[data-testid=cart-timer-warning]").TextContent);
        Assert.True(timer.Find("form[data-hold-renew]").HasAttribute("hidden"));
    }

    private IRenderedComponent<HoldTimer> RenderTimer(TimeSpan hold, int renewalsLeft = 10, DateTimeOffset? extendableUntil = null) => Render<HoldTimer>(p => p
        .Add(t => t.ExpiresAt, Clock.GetUtcNow() + hold)
        .Add(t => t.RenewalsLeft, renewalsLeft)
        .Add(t => t.ExtendableUntil, extendableUntil)
        .Add(t => t.OnRenew, () => renewed++));

    private static string Shown(IRenderedComponent<HoldTimer> timer) => timer.Find("[data-testid=cart-timer]").TextContent;
}
