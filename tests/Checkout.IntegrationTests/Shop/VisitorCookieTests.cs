using Checkout.IntegrationTests.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace Checkout.IntegrationTests.Shop;

/// <summary>
/// The visitor id that keys the server-side cart: protected, HttpOnly, per client, only on pages that need a visitor
/// (the cart and beyond, and the add-to-cart post); never on the cached programme and event pages.
/// </summary>
public sealed class VisitorCookieTests : IDisposable
{
    private readonly CheckoutWebFactory factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_page_issues_an_http_only_lax_cookie_holding_no_readable_id()
    {
        var cookie = await VisitorCookieFromAsync("/cart");

        Assert.NotNull(cookie);
        Assert.Equal("checkout.visitor.default", cookie.Name.Value);
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteMode.Lax, cookie.SameSite);
        Assert.Equal("/", cookie.Path.Value);
        Assert.True(cookie.Value.Length > 60, "The value is a data-protected payload, not a bare id.");
    }

    [Fact]
    public async Task A_path_prefix_client_gets_its_own_cookie_scoped_to_its_prefix()
    {
        var cookie = await VisitorCookieFromAsync("/fringe/cart");

        Assert.NotNull(cookie);
        Assert.Equal("checkout.visitor.fringe", cookie.Name.Value);
        Assert.Equal("/fringe", cookie.Path.Value);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/css/checkout.css")]
    [InlineData("/sandbox/v1/demo/paymentmethods")]
    [InlineData("/")]
    [InlineData("/fringe/")]
    [InlineData("/event/1001")]
    [InlineData("/?q=hamlet&culture=en")]
    public async Task Non_page_requests_and_cached_pages_carry_no_cookie(string path) =>
        Assert.Null(await VisitorCookieFromAsync(path));

    [Fact]
    public async Task A_valid_cookie_is_kept_and_a_forged_or_foreign_one_is_replaced()
    {
        var issued = (await VisitorCookieFromAsync("/cart"))!;

        Assert.Null(await VisitorCookieFromAsync("/cart", $"checkout.visitor.default={issued.Value}"));
        Assert.NotNull(await VisitorCookieFromAsync("/cart", "checkout.visitor.default=forged-value"));
        // The default client's cookie presented to another client is not accepted there.
        Assert.NotNull(await VisitorCookieFromAsync("/fringe/cart", $"checkout.visitor.fringe={issued.Value}"));
    }

    public void Dispose() => factory.Dispose();

    private async Task<SetCookieHeaderValue?> VisitorCookieFromAsync(string path, string? cookieHeader = null)
    {
        // The factory's own client keeps cookies; this one shows the raw Set-Cookie headers.
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = factory.CreateClient().BaseAddress,
        };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookieHeader is not null)
        {
            request.Headers.Add("Cookie", cookieHeader);
        }

        using var response = await client.SendAsync(request, Ct);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}.");
        var cookies = response.Headers.TryGetValues(HeaderNames.SetCookie, out var values) ? SetCookieHeaderValue.ParseList([.. values]) : [];
        return cookies.SingleOrDefault(c => c.Name.Value!.StartsWith("checkout.visitor.", StringComparison.Ordinal));
    }
}
