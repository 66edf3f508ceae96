namespace Checkout.TimeZones;

/// <summary>
/// Europe/Amsterdam, the clock VdM's naive local times are read on. Slim container images may ship without tzdata;
/// then the zone is built from the EU summer-time rule instead of failing at the first date the shop parses.
/// </summary>
public static class AmsterdamTimeZone
{
    public const string Id = "Europe/Amsterdam";

    public static TimeZoneInfo Zone { get; } = Resolve(TimeZoneInfo.FindSystemTimeZoneById);

    /// <summary>The calendar date in Amsterdam at <paramref name="instant"/> (VdM's date filters are Dutch dates).</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The system's zone, or <see cref="CreateFallback"/> when the system has no time-zone database.</summary>
    internal static TimeZoneInfo Resolve(Func<string, TimeZoneInfo> findSystemZone)
    {
        try
        {
            return findSystemZone(Id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return CreateFallback();
        }
    }

    /// <summary>
    /// CET (UTC+1) with CEST (UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC,
    /// the EU rule in force since 1996. .NET states the switches in local wall time: 02:00 standard time in March,
    /// 03:00 summer time in October.
    /// </summary>
    internal static TimeZoneInfo CreateFallback()
    {
        var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday);
        var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday);
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(1996, 1, 1), DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
        return TimeZoneInfo.CreateCustomTimeZone(Id, TimeSpan.FromHours(1), Id, "CET", "CEST", [rule]);
    }
}
