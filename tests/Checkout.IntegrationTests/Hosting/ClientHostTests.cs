using System.Net;
using Checkout.IntegrationTests.Infrastructure;

namespace Checkout.IntegrationTests.Hosting;

/// <summary>
/// Issue 16.6: a path prefix used to beat the host, so <c>tickets.venue-a.nl/fringe/</c> served venue B on venue A's
/// domain. A prefix selects its client only on that client's own hosts or on a default host; strict hosts are the
/// default outside Development.
/// </summary>
public sealed class ClientHostTests : IDisposable
{
    private const string VenueAHost = "tickets.venue-a.nl";

    /// <summary>The demo's two clients plus venue A, which has a host of its own.</summary>
    private readonly CheckoutWebFactory factory = new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["Clients:venuea:Hosts:0"] = VenueAHost,
            ["Clients:venuea:PathPrefix"] = "venuea",
            ["Clients:venuea:Brand:Name"] = "Theater Venue A",
            ["Clients:venuea:Brand:Logo"] = "/brands/demo/logo.svg",
            ["Clients:venuea:VoordeMensen:Client"] = "demo",
        },
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/fringe/")]
    [InlineData("/fringe/cart")]
    public async Task Another_clients_prefix_on_a_venues_own_host_is_just_a_path_there(string path)
    {
        var (status, brand) = await GetAsync(VenueAHost, path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Theater Venue A", brand);
    }

    [Theory]
    [InlineData(VenueAHost, "/", "Theater Venue A")]
    [InlineData(VenueAHost, "/venuea/", "Theater Venue A")]
    [InlineData("fringe.localhost", "/fringe/", "Fringe Festival Utrecht")]
    [InlineData("127.0.0.1", "/fringe/", "Fringe Festival Utrecht")]
    [InlineData("127.0.0.1", "/venuea/", "Theater Venue A")]
    [InlineData("shop.example.org", "/fringe/", "Fringe Festival Utrecht")]
    public async Task A_prefix_answers_on_its_own_clients_hosts_and_on_the_default_host(string host, string path, string brand)
    {
        var (status, shown) = await GetAsync(host, path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(brand, shown);
    }

    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("fringe.localhost", HttpStatusCode.OK)]
    [InlineData(VenueAHost, HttpStatusCode.NotFound)]
    [InlineData("unknown.example.com", HttpStatusCode.NotFound)]
    public async Task Production_is_strict_by_default_and_loopback_names_reach_the_default_shop(string host, HttpStatusCode expected)
    {
        using var production = new CheckoutWebFactory { Demo = false };
        var client = production.CreateClient();
        client.DefaultRequestHeaders.Host = host;

        using var response = await client.GetAsync("/cart", Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    public void Dispose() => factory.Dispose();

    private async Task<(HttpStatusCode Status, string Brand)> GetAsync(string host, string path)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = host;
        using var response = await client.GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, HtmlAssert.TestIdText(html, "brand-name"));
    }
}
