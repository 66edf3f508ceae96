namespace Checkout.Sandbox.Data;

/// <summary>
/// VdM speaks Dutch local time: naive strings in the public API, ISO with offset in Peppered.
/// </summary>
internal static class AmsterdamTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTime LocalNow(TimeProvider time) =>
        TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime;

    public static DateTimeOffset FromLocal(DateTime local) =>
        Truncate(new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone.GetUtcOffset(local)));

    /// <summary>Wire values carry whole seconds, like VdM's own timestamps.</summary>
    public static DateTimeOffset ToWire(DateTimeOffset instant) => Truncate(TimeZoneInfo.ConvertTime(instant, Zone));

    private static DateTimeOffset Truncate(DateTimeOffset value) =>
        value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond));

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return CentralEuropeanRules();
        }
    }

    // Slim container images may lack tzdata; the EU summer-time rule has been stable since 1996.
    private static TimeZoneInfo CentralEuropeanRules()
    {
        var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday);
        var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday);
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
        return TimeZoneInfo.CreateCustomTimeZone("Europe/Amsterdam", TimeSpan.FromHours(1), "Europe/Amsterdam", "CET", "CEST", [rule]);
    }
}
