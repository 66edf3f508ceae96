using System.Net;
using Checkout.VoordeMensen.Halls;
using Checkout.VoordeMensen.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.VoordeMensen;

/// <summary>Hall addresses from Peppered's documented halls or the public locations, and the ticket links of an order.</summary>
public sealed class HallsAndDocumentsContractTests
{
    private const string PepperedHalls = """
        [{"hallId": 1, "hallName": "Bellevue Grote Zaal", "hallAddress": "Leidsekade 90", "hallZip": "1017 PN",
          "hallCity": "Amsterdam", "hallPhone": "020-5305301", "hallUrl": "https://theaterbellevue.nl"},
         {"hallName": "no id"}]
        """;

    private const string Locations = """
        [{"location_id": 1, "location_name": "Bellevue Grote Zaal", "location_address": "Leidsekade 90", "location_address1": "ingang Marnixstraat",
          "location_zip": "1017 PN", "location_city": "Amsterdam", "location_country": "NL", "location_phone": ""},
         {"location_id": 2, "location_name": "Foyer", "location_address": "", "location_address1": null, "location_zip": " ", "location_city": null},
         {"message": "not a location"}]
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_a_key_the_documented_Peppered_halls_give_the_address()
    {
        using var host = VdmTestHost.Create();
        host.Stub.OnJson("GET", "/v1/demo/peppered/hall", PepperedHalls);

        var halls = await host.Services.GetRequiredService<IVoordeMensenHalls>().GetAsync("default", Ct);

        Assert.Equal([new HallAddress(1, "Bellevue Grote Zaal", "Leidsekade 90", "1017 PN", "Amsterdam")], halls);
        Assert.Empty(host.Stub.RequestsTo("GET", "/v1/demo/locations/"));
    }

    [Fact]
    public async Task When_Peppered_fails_the_public_locations_answer()
    {
        using var host = VdmTestHost.Create();
        host.Stub.On("GET", "/v1/demo/peppered/hall", HttpStatusCode.Forbidden, """{"message": "Forbidden"}""")
            .OnJson("GET", "/v1/demo/locations/", Locations);

        var halls = await host.Services.GetRequiredService<IVoordeMensenHalls>().GetAsync("default", Ct);

        Assert.Equal(
            [new HallAddress(1, "Bellevue Grote Zaal", "Leidsekade 90 ingang Marnixstraat", "1017 PN", "Amsterdam"), new HallAddress(2, "Foyer", null, null, null)],
            halls);
        Assert.Contains(host.Logs.Lines, m => m.Contains("reading the public locations instead", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_key_only_the_public_locations_are_asked()
    {
        var settings = VdmTestHost.DefaultSettings();
        settings["VoordeMensen:ApiKey"] = "";
        using var host = VdmTestHost.Create(settings);
        host.Stub.OnJson("GET", "/v1/demo/locations/", Locations);

        var halls = await host.Services.GetRequiredService<IVoordeMensenHalls>().GetAsync("default", Ct);

        Assert.Equal(2, halls.Count);
        Assert.Empty(host.Stub.RequestsTo("GET", "/v1/demo/peppered/hall"));
    }

    [Fact]
    public async Task When_no_source_answers_the_failure_is_VdMs()
    {
        using var host = VdmTestHost.Create();
        host.Stub.On("GET", "/v1/demo/peppered/hall", HttpStatusCode.NotFound, """{"message": "Not found"}""")
            .On("GET", "/v1/demo/locations/", HttpStatusCode.NotFound, """{"message": "Not found"}""");

        await Assert.ThrowsAsync<Checkout.VoordeMensen.VoordeMensenException>(
            () => host.Services.GetRequiredService<IVoordeMensenHalls>().GetAsync("default", Ct));
    }

    [Theory]
    [InlineData("default", "XgFca-QmBxG-9WhAj-Osszb", "https://tickets.vdm.test/demo/order/XgFca-QmBxG-9WhAj-Osszb/")]
    [InlineData("fringe", "a b/c", "https://tickets.vdm.test/fringe/order/a%20b%2Fc/")]
    public void Ticket_links_take_the_public_status_form_on_the_clients_ticket_host(string client, string orderKey, string expected)
    {
        using var host = VdmTestHost.Create();

        var documents = host.Services.GetRequiredService<IVoordeMensenOrderDocuments>().For(client, orderKey);

        Assert.Equal(expected + "ticket", documents.Tickets.AbsoluteUri);
        Assert.Equal(expected + "receipt", documents.Receipt.AbsoluteUri);
        Assert.Empty(host.Stub.Requests);
    }

    [Fact]
    public void A_ticket_host_without_a_trailing_slash_or_with_a_path_keeps_its_path()
    {
        var settings = VdmTestHost.DefaultSettings();
        settings["VoordeMensen:TicketHostUrl"] = "https://shop.venue.nl/kaarten";
        using var host = VdmTestHost.Create(settings);

        var documents = host.Services.GetRequiredService<IVoordeMensenOrderDocuments>().For("default", "K1");

        Assert.Equal("https://shop.venue.nl/kaarten/demo/order/K1/ticket", documents.Tickets.AbsoluteUri);
    }
}
