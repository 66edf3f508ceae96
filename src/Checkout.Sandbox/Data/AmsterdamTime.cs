using Checkout.TimeZones;

namespace Checkout.Sandbox.Data;

/// <summary>
/// VdM speaks Dutch local time: naive strings in the public API, ISO with offset in Peppered. The zone itself (with
/// its fallback for images without tzdata) is shared with the client library through Checkout.TimeZones.
/// </summary>
internal static class AmsterdamTime
{
    public static readonly TimeZoneInfo Zone = AmsterdamTimeZone.Zone;

    public static DateTime LocalNow(TimeProvider time) =>
        TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime;

    public static DateTimeOffset FromLocal(DateTime local) =>
        Truncate(new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone.GetUtcOffset(local)));

    /// <summary>Wire values carry whole seconds, like VdM's own timestamps.</summary>
    public static DateTimeOffset ToWire(DateTimeOffset instant) => Truncate(TimeZoneInfo.ConvertTime(instant, Zone));

    private static DateTimeOffset Truncate(DateTimeOffset value) =>
        value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond));
}
