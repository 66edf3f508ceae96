using System.Web;
using Checkout.Web.Features.Tickets;

namespace Checkout.UnitTests.Tickets;

public sealed class GoogleCalendarLinkTests
{
    [Fact]
    public void The_link_is_Googles_documented_template_with_UTC_times_and_the_venues_zone()
    {
        var entry = new CalendarEntry("uid@x", "Kees & de Kat", new DateTimeOffset(2026, 12, 5, 20, 15, 0, TimeSpan.FromHours(1)),
            new DateTimeOffset(2026, 12, 5, 23, 0, 0, TimeSpan.FromHours(1)), "Kleine Zaal, Leidsekade 90, 1017 PN Amsterdam", "2 × Standaard\nhttps://x/order/K", new Uri("https://x/order/K"));

        var link = GoogleCalendarLink.For(entry);
        var query = HttpUtility.ParseQueryString(link.Query);

        Assert.Equal("https://calendar.google.com/calendar/render", link.GetLeftPart(UriPartial.Path));
        Assert.Equal("TEMPLATE", query["action"]);
        Assert.Equal("Kees & de Kat", query["text"]);
        Assert.Equal("20261205T191500Z/20261205T220000Z", query["dates"]);
        Assert.Equal("Europe/Amsterdam", query["ctz"]);
        Assert.Equal("Kleine Zaal, Leidsekade 90, 1017 PN Amsterdam", query["location"]);
        Assert.Equal("2 × Standaard\nhttps://x/order/K", query["details"]);
    }
}
