using System.Globalization;
using Checkout.Web.Features.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.UnitTests.Tickets;

public sealed class EveningCalendarTests : IDisposable
{
    private static readonly Uri Shop = new("https://tickets.venue.nl/fringe/");
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 20, 15, 0, TimeSpan.FromHours(1));
    private readonly TicketsHarness harness = new(settings: s => s["Shop:EveningMinutes"] = "100");
    private readonly CultureInfo culture = CultureInfo.CurrentUICulture;

    public EveningCalendarTests() => CultureInfo.CurrentUICulture = new CultureInfo("nl");

    private EveningCalendar Calendar => harness.For("v").GetRequiredService<EveningCalendar>();

    private static Evening Evening(DateTimeOffset? start, DateTimeOffset? end = null, string name = "Hamlet", int id = 1001) => new()
    {
        PerformanceId = id, Name = name, Start = start, End = end,
        Hall = new EveningHall("Grote Zaal", "Leidsekade 90", "1017 PN", "Amsterdam"),
        Seats = [new EveningSeat("Standaard", "Balkon", "3", "12"), new EveningSeat("CJP", null, null, null, 2)],
    };

    [Fact]
    public void The_entry_has_the_hall_with_its_address_the_tickets_and_the_order_page_under_the_clients_prefix()
    {
        var entry = Calendar.EntryFor(Evening(Start, Start.AddHours(3)), "XgFca-QmBxG-9WhAj-Osszb", Shop)!;

        Assert.Equal("Hamlet", entry.Summary);
        Assert.Equal(Start.AddHours(3), entry.End);
        Assert.Equal("Grote Zaal, Leidsekade 90, 1017 PN Amsterdam", entry.Location);
        Assert.Equal(new Uri("https://tickets.venue.nl/fringe/order/XgFca-QmBxG-9WhAj-Osszb"), entry.OrderUrl);
        Assert.Equal("Balkon, rij 3, stoel 12 · Standaard\n2 × CJP, vrije plaatsing\n\nJe bestelling en kaarten: https://tickets.venue.nl/fringe/order/XgFca-QmBxG-9WhAj-Osszb", entry.Description);
        Assert.EndsWith("@tickets.venue.nl", entry.Uid, StringComparison.Ordinal);
        Assert.DoesNotContain("XgFca", entry.Uid, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_end_time_the_entry_lasts_the_clients_evening_minutes()
    {
        Assert.Equal(Start.AddMinutes(100), Calendar.EntryFor(Evening(Start), "K1", Shop)!.End);
        Assert.Equal(Start.AddMinutes(100), Calendar.EntryFor(Evening(Start, Start.AddHours(-1)), "K1", Shop)!.End);
    }

    [Fact]
    public void Without_a_start_there_is_no_entry() => Assert.Null(Calendar.EntryFor(Evening(null), "K1", Shop));

    [Fact]
    public void The_uid_is_the_same_for_the_same_order_and_performance_and_differs_otherwise()
    {
        string Uid(string key, int id) => Calendar.EntryFor(Evening(Start, id: id), key, Shop)!.Uid;

        Assert.Equal(Uid("K1", 1001), Uid("K1", 1001));
        Assert.NotEqual(Uid("K1", 1001), Uid("K1", 1002));
        Assert.NotEqual(Uid("K1", 1001), Uid("K2", 1001));
    }

    [Theory]
    [InlineData("Hamlet", "hamlet-2026-12-05.ics")]
    [InlineData("Één avond: Kees & de Kat!", "een-avond-kees-de-kat-2026-12-05.ics")]
    [InlineData("🎭", "performance-1001-2026-12-05.ics")]
    public void The_file_name_is_the_performance_and_its_day(string name, string expected) =>
        Assert.Equal(expected, EveningCalendar.FileName(Evening(Start, name: name)));

    [Fact]
    public void The_file_link_is_relative_to_the_shop_base() =>
        Assert.Equal("order/a%20b/calendar/1001.ics", EveningCalendar.FileLink("a b", 1001));

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = culture;
        harness.Dispose();
    }
}
