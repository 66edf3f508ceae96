using System.Text;
using Checkout.TimeZones;
using Checkout.Web.Features.Tickets;
using IcalCalendar = Ical.Net.Calendar;

namespace Checkout.UnitTests.Tickets;

/// <summary>The shop's .ics files read back by Ical.Net, as calendar software reads them, and checked octet by octet.</summary>
public sealed class CalendarFileTests
{
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);
    private static readonly DateTimeOffset Stamp = new(2026, 12, 4, 20, 0, 0, TimeSpan.Zero);

    private static CalendarEntry Entry(DateTimeOffset start, string summary = "Hamlet", string? location = "Grote Zaal, Leidsekade 90, 1017 PN Amsterdam") => new(
        "0123456789abcdef0123456789abcdef@tickets.example.nl",
        summary,
        start,
        start.AddHours(2).AddMinutes(45),
        location,
        "Rij 3, stoel 12 · Standaard\n\nJe bestelling en kaarten: https://tickets.example.nl/order/XgFca-QmBxG-9WhAj-Osszb",
        new Uri("https://tickets.example.nl/order/XgFca-QmBxG-9WhAj-Osszb"));

    [Fact]
    public void An_evening_reads_back_with_its_moment_zone_place_and_order_link()
    {
        var start = new DateTimeOffset(2026, 6, 12, 20, 15, 0, Summer);

        var calendar = IcalCalendar.Load(CalendarFile.Write(Entry(start), Stamp))!;

        var evening = Assert.Single(calendar.Events);
        Assert.Equal("Hamlet", evening.Summary);
        Assert.Equal("Grote Zaal, Leidsekade 90, 1017 PN Amsterdam", evening.Location);
        Assert.Equal("0123456789abcdef0123456789abcdef@tickets.example.nl", evening.Uid);
        Assert.Equal(new Uri("https://tickets.example.nl/order/XgFca-QmBxG-9WhAj-Osszb"), evening.Url);
        Assert.Equal("Rij 3, stoel 12 · Standaard\n\nJe bestelling en kaarten: https://tickets.example.nl/order/XgFca-QmBxG-9WhAj-Osszb", evening.Description);
        Assert.Equal(AmsterdamTimeZone.Id, evening.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 6, 12, 20, 15, 0), evening.DtStart.Value);
        Assert.Equal(start.UtcDateTime, evening.DtStart.AsUtc);
        Assert.Equal(start.AddHours(2).AddMinutes(45).UtcDateTime, evening.DtEnd!.AsUtc);
        Assert.Equal(Stamp.UtcDateTime, evening.DtStamp!.AsUtc);
        Assert.Equal("2.0", calendar.Version);
        Assert.False(string.IsNullOrWhiteSpace(calendar.ProductId));
    }

    [Theory]
    [InlineData(2026, 1, 10, 1)]
    [InlineData(2026, 3, 28, 1)]
    [InlineData(2026, 3, 29, 2)]
    [InlineData(2026, 10, 24, 2)]
    [InlineData(2026, 10, 25, 1)]
    [InlineData(2027, 3, 28, 2)]
    public void Winter_and_summer_evenings_keep_their_Amsterdam_wall_clock_time(int year, int month, int day, int offsetHours)
    {
        var start = new DateTimeOffset(year, month, day, 20, 0, 0, TimeSpan.FromHours(offsetHours));
        var text = CalendarFile.Write(Entry(start), Stamp);

        Assert.Contains($"DTSTART;TZID=Europe/Amsterdam:{year:D4}{month:D2}{day:D2}T200000\r\n", text, StringComparison.Ordinal);
        var evening = Assert.Single(IcalCalendar.Load(text)!.Events);
        Assert.Equal(start.UtcDateTime, evening.DtStart!.AsUtc);
    }

    [Fact]
    public void The_time_zone_is_defined_in_the_file_with_the_EU_rule()
    {
        var calendar = IcalCalendar.Load(CalendarFile.Write(Entry(new DateTimeOffset(2026, 6, 12, 20, 15, 0, Summer)), Stamp))!;

        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal(AmsterdamTimeZone.Id, zone.TzId);
        var parts = zone.TimeZoneInfos.ToList();
        var daylight = Assert.Single(parts, p => p.Name == "DAYLIGHT");
        var standard = Assert.Single(parts, p => p.Name == "STANDARD");
        Assert.Equal(TimeSpan.FromHours(2), daylight.OffsetTo!.Offset);
        Assert.Equal(TimeSpan.FromHours(1), standard.OffsetTo!.Offset);
        AssertLastSundayOf(3, daylight.RecurrenceRule!);
        AssertLastSundayOf(10, standard.RecurrenceRule!);
        Assert.Equal(new DateTime(1981, 3, 29, 2, 0, 0), daylight.DtStart!.Value);
        Assert.Equal(new DateTime(1996, 10, 27, 3, 0, 0), standard.DtStart!.Value);

        // The rule is the one .NET's Amsterdam zone follows: the clocks change on those Sundays at those hours.
        for (var year = 2026; year <= 2036; year++)
        {
            var spring = LastSunday(year, 3);
            var autumn = LastSunday(year, 10);
            Assert.Equal(TimeSpan.FromHours(1), AmsterdamTimeZone.Zone.GetUtcOffset(spring.AddHours(1.99)));
            Assert.Equal(TimeSpan.FromHours(2), AmsterdamTimeZone.Zone.GetUtcOffset(spring.AddHours(3)));
            Assert.Equal(TimeSpan.FromHours(2), AmsterdamTimeZone.Zone.GetUtcOffset(autumn.AddHours(1.99)));
            Assert.Equal(TimeSpan.FromHours(1), AmsterdamTimeZone.Zone.GetUtcOffset(autumn.AddHours(3.01)));
        }
    }

    private static void AssertLastSundayOf(int month, Ical.Net.DataTypes.RecurrenceRule rule)
    {
        Assert.Equal(Ical.Net.FrequencyType.Yearly, rule.Frequency);
        Assert.Equal([month], rule.ByMonth);
        var day = Assert.Single(rule.ByDay);
        Assert.Equal(DayOfWeek.Sunday, day.DayOfWeek);
        Assert.Equal(-1, day.Offset);
    }

    private static DateTime LastSunday(int year, int month)
    {
        var day = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        return day.AddDays(-(int)day.DayOfWeek);
    }

    [Fact]
    public void Commas_semicolons_backslashes_and_line_breaks_are_escaped_and_read_back()
    {
        const string Awkward = "Kees, de; \\musical\\\r\nTweede regel\nDerde";
        var text = CalendarFile.Write(Entry(new DateTimeOffset(2026, 6, 12, 20, 15, 0, Summer), Awkward, "Zaal 1; ingang Achterom, Utrecht"), Stamp);

        Assert.Contains("SUMMARY:Kees\\, de\\; \\\\musical\\\\\\nTweede regel\\nDerde\r\n", text, StringComparison.Ordinal);
        var evening = Assert.Single(IcalCalendar.Load(text)!.Events);
        Assert.Equal("Kees, de; \\musical\\\nTweede regel\nDerde", evening.Summary);
        Assert.Equal("Zaal 1; ingang Achterom, Utrecht", evening.Location);
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_a_character_and_every_line_ends_in_CRLF()
    {
        var summary = string.Concat(Enumerable.Repeat("Één avond met de Zwanenmeer-ballet-ensemble 🎭 ", 6));
        var text = CalendarFile.Write(Entry(new DateTimeOffset(2026, 6, 12, 20, 15, 0, Summer), summary), Stamp);

        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = text.Split("\r\n")[..^1];
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(lines, line => line.StartsWith(' '));
        // Each physical line is valid UTF-8 on its own: no multi-byte character was cut in two.
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        Assert.All(lines, line => strict.GetString(strict.GetBytes(line)));
        Assert.Equal(summary.TrimEnd(), Assert.Single(IcalCalendar.Load(text)!.Events).Summary!.TrimEnd());
    }

    [Fact]
    public void Without_a_location_the_property_is_left_out()
    {
        var text = CalendarFile.Write(Entry(new DateTimeOffset(2026, 6, 12, 20, 15, 0, Summer), location: null), Stamp);

        Assert.DoesNotContain("\r\nLOCATION", text, StringComparison.Ordinal);
        Assert.Null(Assert.Single(IcalCalendar.Load(text)!.Events).Location);
    }
}
