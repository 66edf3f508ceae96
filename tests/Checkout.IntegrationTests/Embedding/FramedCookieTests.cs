using Checkout.IntegrationTests.Infrastructure;

namespace Checkout.IntegrationTests.Embedding;

/// <summary>
/// In a venue's iframe the visitor and antiforgery cookies are partitioned (CHIPS: SameSite=None; Secure; Partitioned),
/// so the cart works with third-party cookies blocked; top-level requests keep their Lax/Strict cookies. The cart page
/// issues both (the programme and event pages are cached and set none; the add-to-cart post issues the visitor's).
/// </summary>
public sealed class FramedCookieTests(CheckoutWebFactory factory) : IClassFixture<CheckoutWebFactory>
{
    private const string CartPage = "/cart";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/cart", "checkout.visitor.default")]
    [InlineData("/fringe/cart", "checkout.visitor.fringe")]
    public async Task A_framed_request_gets_a_partitioned_visitor_cookie(string path, string cookieName)
    {
        var cookie = await SetCookieAsync(path, "iframe", cookieName);

        Assert.Contains("samesite=none", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; partitioned", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_top_level_request_keeps_the_lax_unpartitioned_visitor_cookie()
    {
        var cookie = await SetCookieAsync(CartPage, "document", "checkout.visitor.default");

        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("partitioned", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_antiforgery_cookie_of_a_framed_cart_page_is_partitioned()
    {
        var cookie = await SetCookieAsync(CartPage, "iframe", ".AspNetCore.Antiforgery.");

        Assert.Contains("samesite=none", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; partitioned", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_antiforgery_cookie_of_a_top_level_cart_page_stays_strict()
    {
        var cookie = await SetCookieAsync(CartPage, null, ".AspNetCore.Antiforgery.");

        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("partitioned", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_language_chosen_by_the_embed_loader_is_remembered_in_a_partitioned_cookie_inside_the_frame()
    {
        var cookie = await SetCookieAsync("/?culture=en", "iframe", ".AspNetCore.Culture=");

        Assert.Contains("c=en|uic=en", Uri.UnescapeDataString(cookie), StringComparison.Ordinal);
        Assert.Contains("samesite=none", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; partitioned", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string> SetCookieAsync(string path, string? fetchDest, string cookiePrefix)
    {
        using var probe = factory.CreateClient();
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = probe.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (fetchDest is not null)
        {
            request.Headers.Add("Sec-Fetch-Dest", fetchDest);
        }

        using var response = await client.SendAsync(request, Ct);
        response.EnsureSuccessStatusCode();
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        return Assert.Single(cookies, c => c.StartsWith(cookiePrefix, StringComparison.Ordinal));
    }
}
