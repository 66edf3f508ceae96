using System.Net;
using Checkout.IntegrationTests.Infrastructure;

namespace Checkout.IntegrationTests.Hosting;

public sealed class StrictHostTests : IDisposable
{
    private readonly CheckoutWebFactory factory = new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["Checkout:StrictHosts"] = "true",
            ["Checkout:Hosts:0"] = "tickets.example.org",
        },
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("tickets.example.org", HttpStatusCode.OK)]
    [InlineData("fringe.localhost", HttpStatusCode.OK)]
    [InlineData("unknown.example.com", HttpStatusCode.NotFound)]
    public async Task Strict_mode_answers_only_known_hosts(string host, HttpStatusCode expected)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = host;

        var response = await client.GetAsync("/", Ct);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.NotFound)
        {
            Assert.DoesNotContain("Stadsschouwburg", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Health_answers_on_any_host_in_strict_mode()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "10.1.2.3";

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Ct)).StatusCode);
    }

    public void Dispose() => factory.Dispose();
}
