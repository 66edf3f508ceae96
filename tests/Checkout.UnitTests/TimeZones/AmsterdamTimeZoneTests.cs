using System.Globalization;
using Checkout.TimeZones;

namespace Checkout.UnitTests.TimeZones;

public sealed class AmsterdamTimeZoneTests
{
    private static readonly TimeZoneInfo TzDatabase = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly TimeZoneInfo Fallback = AmsterdamTimeZone.CreateFallback();

    public static TheoryData<int> Years => [.. Enumerable.Range(2019, 17)];

    [Theory]
    [MemberData(nameof(Years))]
    public void The_fallback_gives_the_tz_database_offsets_for_instants_around_both_switches(int year)
    {
        foreach (var instant in InstantsAroundSwitches(year))
        {
            Assert.True(
                TzDatabase.GetUtcOffset(instant) == Fallback.GetUtcOffset(instant),
                $"{instant:O}: tz database {TzDatabase.GetUtcOffset(instant)}, fallback {Fallback.GetUtcOffset(instant)}");
        }
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void The_fallback_reads_wall_clock_times_like_the_tz_database_including_the_hour_that_repeats(int year)
    {
        foreach (var local in WallTimesAroundSwitches(year))
        {
            Assert.True(
                TzDatabase.GetUtcOffset(local) == Fallback.GetUtcOffset(local),
                $"{local:s}: tz database {TzDatabase.GetUtcOffset(local)}, fallback {Fallback.GetUtcOffset(local)}");
        }
    }

    [Fact]
    public void Without_a_time_zone_database_the_EU_rule_is_used_instead_of_failing()
    {
        var zone = AmsterdamTimeZone.Resolve(id => throw new TimeZoneNotFoundException($"no tzdata for {id}"));

        Assert.Equal("Europe/Amsterdam", zone.Id);
        Assert.Equal(TimeSpan.FromHours(2), zone.GetUtcOffset(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(1), zone.GetUtcOffset(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void With_a_time_zone_database_the_system_zone_is_used()
    {
        Assert.True(AmsterdamTimeZone.Resolve(TimeZoneInfo.FindSystemTimeZoneById).HasSameRules(TzDatabase));
        Assert.True(AmsterdamTimeZone.Zone.HasSameRules(TzDatabase));
    }

    /// <summary>Both switches happen at 01:00 UTC; the instants straddle them closely and from further away.</summary>
    private static IEnumerable<DateTimeOffset> InstantsAroundSwitches(int year)
    {
        TimeSpan[] distances = [TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromDays(1), TimeSpan.FromDays(7)];
        foreach (var month in (int[])[3, 10])
        {
            var change = new DateTimeOffset(LastSunday(year, month), TimeSpan.Zero).AddHours(1);
            yield return change;
            foreach (var distance in distances)
            {
                yield return change - distance;
                yield return change + distance;
            }
        }

        yield return new DateTimeOffset(year, 1, 15, 12, 0, 0, TimeSpan.Zero);
        yield return new DateTimeOffset(year, 7, 15, 12, 0, 0, TimeSpan.Zero);
    }

    /// <summary>Local times on the switch days every 15 minutes, the skipped spring hour excluded.</summary>
    private static IEnumerable<DateTime> WallTimesAroundSwitches(int year)
    {
        foreach (var month in (int[])[3, 10])
        {
            var day = LastSunday(year, month);
            for (var local = day.AddHours(-2); local <= day.AddHours(6); local = local.AddMinutes(15))
            {
                if (!TzDatabase.IsInvalidTime(local))
                {
                    yield return local;
                }
            }
        }
    }

    [Theory]
    [InlineData("2026-12-04T22:59:00Z", "2026-12-04")] // 23:59 in winter
    [InlineData("2026-12-04T23:00:00Z", "2026-12-05")] // midnight in winter (UTC+1)
    [InlineData("2026-07-01T21:59:00Z", "2026-07-01")] // 23:59 in summer
    [InlineData("2026-07-01T22:00:00Z", "2026-07-02")] // midnight in summer (UTC+2)
    public void The_date_of_an_instant_is_the_Amsterdam_calendar_date(string instant, string date)
    {
        Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture), AmsterdamTimeZone.DateOf(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));
    }

    private static DateTime LastSunday(int year, int month)
    {
        var day = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Unspecified);
        return day.AddDays(-(int)day.DayOfWeek);
    }
}
