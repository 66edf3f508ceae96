using System.Net;
using AngleSharp.Dom;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.Web.Features.Cart;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Embedding.InAppBrowsers;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Embedding;

/// <summary>
/// The one-time link that carries a cart out of an in-app browser: opening it changes nothing, one press in another
/// browser moves the cart there, and then the link is spent; it names no cart, works only for its own client and
/// stops guessers.
/// </summary>
public sealed class CartHandoffTests(CheckoutWebFactory factory) : IClassFixture<CheckoutWebFactory>
{
    private const string Instagram =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 334.0.4.32.98 (iPhone15,2; iOS 17_5; nl_NL; nl; scale=3.00; 1179x2556; 606286178)";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_press_in_another_browser_moves_the_cart_there_and_spends_the_link()
    {
        using var app = new VenueShopper(factory);
        await app.AddAsync(2, framed: false);
        var before = await SessionOfAsync(app.Visitor);
        var token = await LinkForAsync(app.VisitorId);
        using var own = new VenueShopper(factory);

        var page = await own.Browser.PageAsync($"/continue?token={token}");
        Assert.Equal("ready", StateOf(page));
        var (response, _) = await own.Browser.PostFormAsync($"/continue?token={token}", page, _ => { });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/checkout", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var moved = await SessionOfAsync(own.Visitor);
        Assert.Equal(before.CartId, moved.CartId);
        Assert.Equal(2, moved.Cart.TicketCount);
        Assert.Null((await SessionOfAsync(app.Visitor)).CartId);
        Assert.Equal(2, VenueShopper.CountOf((await own.CounterAsync()).Page));
        Assert.Equal(0, VenueShopper.CountOf((await app.CounterAsync()).Page));

        // The same press again, and the link opened again: spent.
        var (again, body) = await own.Browser.PostFormAsync($"/continue?token={token}", page, _ => { });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("expired", StateOf(ShopBrowser.Parse(body)));
        Assert.Equal("expired", StateOf(await own.Browser.PageAsync($"/continue?token={token}")));
        Assert.Equal(2, (await SessionOfAsync(own.Visitor)).Cart.TicketCount);
    }

    [Fact]
    public async Task Opening_the_link_in_the_app_explains_how_to_leave_it_and_uses_nothing_up()
    {
        using var app = new VenueShopper(factory);
        await app.AddAsync(1, framed: false);
        var token = await LinkForAsync(app.VisitorId);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/continue?token={token}");
        request.Headers.UserAgent.ParseAdd(Instagram);

        var (_, body) = await app.Browser.SendAsync(request);

        var page = ShopBrowser.Parse(body);
        Assert.Equal("inapp", StateOf(page));
        Assert.Null(page.QuerySelector("form[method=post]"));
        var link = page.QuerySelector("[data-testid=handoff-link]")!.GetAttribute("value")!;
        Assert.EndsWith($"/continue?token={token}", link, StringComparison.Ordinal);
        Assert.Equal("x-safari-" + link, page.QuerySelector("[data-testid=handoff-open-browser]")!.GetAttribute("href"));
        Assert.Contains("Instagram", page.QuerySelector("[data-testid=handoff-page]")!.TextContent, StringComparison.Ordinal);
        using var own = new VenueShopper(factory);
        Assert.Equal("ready", StateOf(await own.Browser.PageAsync($"/continue?token={token}")));
    }

    [Fact]
    public async Task A_link_of_another_client_or_a_made_up_one_carries_nothing()
    {
        using var app = new VenueShopper(factory);
        await app.AddAsync(1, framed: false);
        var token = await LinkForAsync(app.VisitorId);
        using var other = new VenueShopper(factory);

        Assert.Equal("expired", StateOf(await other.Browser.PageAsync($"/fringe/continue?token={token}")));
        Assert.Equal("expired", StateOf(await other.Browser.PageAsync($"/continue?token={MadeUpToken()}")));
        Assert.Equal("expired", StateOf(await other.Browser.PageAsync("/continue?token=short")));
        Assert.Equal("expired", StateOf(await other.Browser.PageAsync("/continue")));
        Assert.Equal("ready", StateOf(await other.Browser.PageAsync($"/continue?token={token}")));
    }

    // The attack: trying tokens until one carries someone's cart. Each guess costs the guesser's budget.
    [Fact]
    public async Task Guessing_is_stopped_after_five_tries_of_a_link()
    {
        using var app = new VenueShopper(factory);
        await app.AddAsync(1, framed: false);
        using var guesser = new VenueShopper(factory);
        var form = await guesser.Browser.PageAsync($"/continue?token={await LinkForAsync(app.VisitorId)}");
        var guess = $"/continue?token={MadeUpToken()}";

        var states = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var (_, body) = await guesser.Browser.PostFormAsync(guess, form, _ => { });
            states.Add(StateOf(ShopBrowser.Parse(body)));
        }

        Assert.Equal(["expired", "expired", "expired", "expired", "expired", "limited"], states);
    }

    private async Task<string> LinkForAsync(string visitorId)
    {
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentClient>().Set(ClientKeys.Default);
        scope.ServiceProvider.GetRequiredService<CurrentVisitor>().Set(visitorId);
        return await scope.ServiceProvider.GetRequiredService<CartHandoffs>().CreateAsync(Ct) ?? throw new InvalidOperationException("No link.");
    }

    private Task<CartSession> SessionOfAsync(ShopVisitor visitor) =>
        factory.Services.GetRequiredService<CartSessionStore>().GetAsync(visitor, Ct);

    private static string StateOf(IDocument page) => page.QuerySelector("[data-testid=handoff-page]")!.GetAttribute("data-state")!;

    private static string MadeUpToken() => WebEncoders.Base64UrlEncode(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
}
