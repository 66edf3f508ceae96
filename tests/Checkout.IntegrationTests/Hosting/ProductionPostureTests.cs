using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Hosting;

/// <summary>
/// What an operator gets from appsettings.json alone (issue 15): the documented white-label surface with one default
/// client. Nothing of the demo (the second venue, the sandbox and its pages, the mailbox) reaches a shop on a real VdM;
/// the Development overlay still shows both demo venues, as <c>dotnet run</c> does.
/// </summary>
public sealed class ProductionPostureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The three documented environment variables, nothing else.</summary>
    private static readonly Dictionary<string, string?> RealVdm = new()
    {
        ["VoordeMensen:BaseUrl"] = "https://api.voordemensen.invalid/",
        ["VoordeMensen:Client"] = "venue",
        ["VoordeMensen:ApiKey"] = "the-venues-own-key",
    };

    [Theory]
    [InlineData("/fringe/")]
    [InlineData("/fringe/event/2101")]
    [InlineData("/sandbox/v1/demo/events")]
    [InlineData("/sandbox/v1/fringe/peppered/customer/1")]
    [InlineData("/sandbox/pay/AAAAA-BBBBB-CCCCC-DDDDD")]
    [InlineData("/sandbox/admin/stats")]
    [InlineData("/dev/mailbox")]
    [InlineData("/demo/venue")]
    public async Task A_shop_on_a_real_VdM_configured_by_the_three_variables_serves_nothing_of_the_demo(string path)
    {
        using var app = new CheckoutWebFactory { Demo = false, Settings = RealVdm };

        using var response = await app.CreateClient().GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Fringe", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fringe_host_name_is_no_client_either()
    {
        using var app = new CheckoutWebFactory { Demo = false, Settings = RealVdm };
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Host = "fringe.localhost";

        using var response = await client.GetAsync("/cart", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Stadsschouwburg De Ster", HtmlAssert.TestIdText(html, "brand-name"));
    }

    [Theory]
    [InlineData("/", "Stadsschouwburg De Ster")]
    [InlineData("/fringe/", "Fringe Festival Utrecht")]
    public async Task Development_shows_both_demo_venues_from_the_overlay(string path, string brand)
    {
        using var app = new CheckoutWebFactory { Demo = false, Environment = "Development" };

        var html = await app.CreateClient().GetStringAsync(path, Ct);

        Assert.Equal(brand, HtmlAssert.TestIdText(html, "brand-name"));
    }

    [Theory]
    [InlineData("/demo/venue")]
    [InlineData("/dev/mailbox")]
    [InlineData("/sandbox/v1/fringe/events")]
    public async Task Development_serves_the_demo_tools(string path)
    {
        using var app = new CheckoutWebFactory { Demo = false, Environment = "Development" };

        using var response = await app.CreateClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_image_without_a_base_url_is_a_one_venue_sandbox_demo_without_its_mailbox()
    {
        using var app = new CheckoutWebFactory { Demo = false };
        var client = app.CreateClient();

        var home = await client.GetStringAsync("/", Ct);
        using var fringe = await client.GetAsync("/fringe/", Ct);
        using var venue = await client.GetAsync("/demo/venue", Ct);
        using var mailbox = await client.GetAsync("/dev/mailbox", Ct);
        using var events = await client.GetAsync($"/sandbox/v1/demo/events/{SandboxDemoIds.ReservedSeating}", Ct);

        Assert.Equal("Stadsschouwburg De Ster", HtmlAssert.TestIdText(home, "brand-name"));
        Assert.Equal(HttpStatusCode.NotFound, fringe.StatusCode);
        Assert.Equal(HttpStatusCode.OK, venue.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, mailbox.StatusCode);
        Assert.Equal(HttpStatusCode.OK, events.StatusCode);
    }

    [Fact]
    public async Task A_public_demo_may_show_its_mailbox_when_the_operator_says_so()
    {
        using var app = new CheckoutWebFactory { Demo = false, Settings = new Dictionary<string, string?> { ["Sandbox:Mailbox"] = "true" } };

        using var mailbox = await app.CreateClient().GetAsync("/dev/mailbox", Ct);

        Assert.Equal(HttpStatusCode.OK, mailbox.StatusCode);
    }

    [Fact]
    public void A_client_left_on_the_sandbox_beside_a_real_VdM_stops_start_up_in_production_naming_the_key()
    {
        var settings = new Dictionary<string, string?>(RealVdm) { ["Clients:fringe:VoordeMensen:BaseUrl"] = "" };
        using var app = new CheckoutWebFactory { Settings = settings };

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Clients:fringe:VoordeMensen:BaseUrl is empty (the embedded sandbox) while client 'default' uses a real VdM",
            failure.ToString(), StringComparison.Ordinal);
    }
}
