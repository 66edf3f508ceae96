using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Embedding.VenueContext;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Embedding;

/// <summary>
/// Details and campaign on the frame's first address (embed.js's data-* attributes): kept only for the shop's frame on
/// an allowed venue page, checked like typed input, and taken off the address at once in every case.
/// </summary>
public sealed class VenueContextTests(CheckoutWebFactory factory) : IClassFixture<CheckoutWebFactory>
{
    private const string Details =
        "checkout_email=jan.jansen%40example.nl&checkout_first_name=Jan&checkout_last_name=Jansen&utm_source=newsletter&utm_campaign=spring";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_frame_on_an_allowed_venue_page_keeps_the_details_and_drops_them_from_the_address()
    {
        var (response, visitorId) = await OpenAsync($"/event/1001?culture=en&{Details}", "iframe", "http://localhost:5000/agenda/hamlet");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/event/1001?culture=en", response.Headers.Location!.OriginalString);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        var visit = await VisitOfAsync(visitorId);
        Assert.Equal(new VenuePrefill("jan.jansen@example.nl", "Jan", "Jansen"), visit.Prefill);
        Assert.Equal(new VenueCampaign("newsletter", null, "spring", null, null), visit.Campaign);
    }

    [Fact]
    public async Task A_client_under_a_prefix_keeps_its_own_address()
    {
        var (response, _) = await OpenAsync($"/fringe/cart?{Details}", "iframe", "https://fringe.example.org/");

        Assert.Equal("/fringe/cart", response.Headers.Location!.OriginalString);
    }

    // The attack: a link on any site (or in a mail) that slips the attacker's address into the visitor's checkout,
    // so the tickets the visitor pays for are mailed to the attacker.
    [Theory]
    [InlineData(null, null)]
    [InlineData("document", "http://localhost:5000/")]
    [InlineData("iframe", "https://attacker.example/")]
    [InlineData("iframe", null)]
    public async Task Details_from_anywhere_else_are_dropped_unkept(string? fetchDest, string? referrer)
    {
        var (response, visitorId) = await OpenAsync($"/checkout?{Details.Replace("jan.jansen", "attacker", StringComparison.Ordinal)}", fetchDest, referrer);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/checkout", response.Headers.Location!.OriginalString);
        Assert.Equal(VenueVisit.Empty, await VisitOfAsync(visitorId));
    }

    [Fact]
    public async Task Each_value_is_checked_like_typed_input()
    {
        var query = $"checkout_email=not-an-address&checkout_first_name={new string('J', 101)}&checkout_last_name=Jansen&utm_source=jan%40example.nl&utm_medium=email";

        var (_, visitorId) = await OpenAsync($"/?{query}", "iframe", "http://localhost:5000/");

        var visit = await VisitOfAsync(visitorId);
        Assert.Equal(new VenuePrefill(null, null, "Jansen"), visit.Prefill);
        Assert.Equal(new VenueCampaign(null, "email", null, null, null), visit.Campaign);
    }

    [Fact]
    public async Task Pages_without_the_parameters_are_not_redirected()
    {
        var (response, _) = await OpenAsync("/event/1001?culture=en&email=x", "iframe", "http://localhost:5000/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<(HttpResponseMessage Response, string VisitorId)> OpenAsync(string path, string? fetchDest, string? referrer)
    {
        using var probe = factory.CreateClient();
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = probe.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (fetchDest is not null)
        {
            request.Headers.Add("Sec-Fetch-Dest", fetchDest);
        }

        if (referrer is not null)
        {
            request.Headers.Referrer = new Uri(referrer);
        }

        var response = await http.SendAsync(request, Ct);
        var cookieName = path.StartsWith("/fringe/", StringComparison.Ordinal) ? "checkout.visitor.fringe=" : "checkout.visitor.default=";
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(cookieName, StringComparison.Ordinal));
        var value = cookie[cookieName.Length..cookie.IndexOf(';', StringComparison.Ordinal)];
        return (response, VenueShopper.VisitorIdOf(factory, value) ?? "");
    }

    private Task<VenueVisit> VisitOfAsync(string visitorId) =>
        factory.Services.GetRequiredService<VenueVisitStore>().GetAsync(new ShopVisitor(ClientKeys.Default, visitorId, null), Ct);
}
