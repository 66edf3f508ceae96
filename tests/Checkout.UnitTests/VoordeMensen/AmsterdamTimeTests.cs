using Checkout.VoordeMensen.Time;

namespace Checkout.UnitTests.VoordeMensen;

public sealed class AmsterdamTimeTests
{
    [Fact]
    public void Event_dates_get_the_summer_or_winter_offset_of_Amsterdam()
    {
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 20, 30, 0, TimeSpan.FromHours(2)), AmsterdamTime.FromEventDate("2026-04-01", "20:30:00"));
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 20, 0, 0, TimeSpan.FromHours(1)), AmsterdamTime.FromEventDate("2026-01-15", "20:00:00"));
    }

    [Fact]
    public void Cart_dates_are_day_month_year_with_minutes_only()
    {
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 20, 30, 0, TimeSpan.FromHours(2)), AmsterdamTime.FromCartDate("01-04-2026", "20:30"));
    }

    [Theory]
    [InlineData("0000-00-00 00:00:00")]
    [InlineData("00-00-0000")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("not a date")]
    public void Zero_sentinels_empty_and_junk_read_as_null(string? value)
    {
        Assert.Null(AmsterdamTime.FromDateTime(value));
        Assert.Null(AmsterdamTime.FromEventDate(value, "20:00:00"));
    }

    [Fact]
    public void View_end_reads_a_full_local_timestamp()
    {
        Assert.Equal(new DateTimeOffset(2026, 4, 3, 23, 0, 0, TimeSpan.FromHours(2)), AmsterdamTime.FromDateTime("2026-04-03 23:00:00"));
    }

    [Fact]
    public void An_end_before_the_start_rolls_over_to_the_next_day()
    {
        var start = new DateTimeOffset(2026, 4, 1, 22, 0, 0, TimeSpan.FromHours(2));

        Assert.Equal(new DateTimeOffset(2026, 4, 2, 1, 30, 0, TimeSpan.FromHours(2)), AmsterdamTime.EndAfter(start, "01:30:00"));
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 23, 45, 0, TimeSpan.FromHours(2)), AmsterdamTime.EndAfter(start, "23:45:00"));
    }

    [Fact]
    public void Midnight_as_end_means_no_end_time()
    {
        Assert.Null(AmsterdamTime.EndAfter(new DateTimeOffset(2026, 4, 1, 20, 0, 0, TimeSpan.FromHours(2)), "00:00:00"));
    }

    [Fact]
    public void A_performance_crossing_the_autumn_clock_change_keeps_local_wall_times()
    {
        var start = AmsterdamTime.FromEventDate("2026-10-24", "23:00:00")!.Value;

        var end = AmsterdamTime.EndAfter(start, "04:00:00");

        Assert.Equal(TimeSpan.FromHours(2), start.Offset);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 4, 0, 0, TimeSpan.FromHours(1)), end);
    }
}
