using Checkout.Web.Features.Customers;

namespace Checkout.UnitTests.Customers;

/// <summary>Code guessing per address: the window, the escalating wait and the daily ceiling (defaults 10 / 15 min / 30 a day).</summary>
public sealed class CustomerRateLimitsTests : IDisposable
{
    private const string Victim = "victim@example.com";

    private readonly CustomerHarness harness = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task Guessing_one_address_waits_longer_each_time_and_stops_at_the_daily_ceiling()
    {
        // Attack: guess codes for one address from ever new visitors and networks, 10 every 15 minutes, all day long
        // (960 a day). Now: 10, wait 15 min; 10, wait 30 min; 10, then nothing until the day's count runs out.
        var guesses = 0;
        async Task<VerifyOutcome> GuessAsync()
        {
            var attacker = harness.For($"bot-{guesses}", ip: $"10.0.{guesses / 250}.{guesses % 250}");
            guesses++;
            return await attacker.VerifyCodeAsync(Victim, "000000", Cancel);
        }

        async Task<TimeSpan> UseUpAsync(int allowed)
        {
            for (var i = 0; i < allowed; i++)
            {
                Assert.Equal(VerifyOutcome.Expired, await GuessAsync());
            }

            var refused = harness.For("bot-x", ip: "10.9.9.9");
            Assert.Equal(VerifyOutcome.Limited, await refused.VerifyCodeAsync(Victim, "000000", Cancel));
            return refused.RetryAfter;
        }

        Assert.Equal(TimeSpan.FromMinutes(15), await UseUpAsync(10));
        harness.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(VerifyOutcome.Limited, await GuessAsync());
        harness.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(TimeSpan.FromMinutes(30), await UseUpAsync(10));
        harness.Clock.Advance(TimeSpan.FromMinutes(30));

        // The day began with the first guess about 45 minutes ago: the ceiling holds until that day is over.
        var untilTomorrow = await UseUpAsync(10);
        Assert.InRange(untilTomorrow, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
        harness.Clock.Advance(TimeSpan.FromHours(12));
        Assert.Equal(VerifyOutcome.Limited, await GuessAsync());
        harness.Clock.Advance(untilTomorrow - TimeSpan.FromHours(12));
        Assert.Equal(VerifyOutcome.Expired, await GuessAsync());
    }

    [Fact]
    public async Task Another_address_is_not_held_up_by_the_guessed_one()
    {
        for (var i = 0; i < 11; i++)
        {
            await harness.For($"bot-{i}", ip: $"10.0.1.{i}").VerifyCodeAsync(Victim, "000000", Cancel);
        }

        Assert.Equal(VerifyOutcome.Expired, await harness.For("someone", ip: "10.0.2.1").VerifyCodeAsync("someone@example.com", "000000", Cancel));
    }

    [Theory]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64")]
    [InlineData("::ffff:192.0.2.7", "192.0.2.7")]
    [InlineData("192.0.2.7", "192.0.2.7")]
    [InlineData(null, "unknown")]
    public void An_IPv6_network_counts_as_one(string? ip, string network) =>
        Assert.Equal(network, Checkout.Web.Shell.Security.AddressGroup.Of(ip));
}
