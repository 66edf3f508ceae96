using System.Net;
using Checkout.IntegrationTests.Infrastructure;

namespace Checkout.IntegrationTests.Shop;

/// <summary>Whatever a visitor (or a crawler) types into the address bar gets a branded 404, never an error page.</summary>
public sealed class InvalidRouteTests : IDisposable
{
    private readonly CheckoutWebFactory factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/event/abc")]
    [InlineData("/event/-1")]
    [InlineData("/event/0")]
    [InlineData("/event/99999999999999999999")]
    [InlineData("/event/999999")]
    [InlineData("/event/1051")]
    [InlineData("/event/1042/extra")]
    [InlineData("/order/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/order/AAAAA-BBBBB-CCCCC-DDDDD")]
    [InlineData("/order/return")]
    [InlineData("/order/return?return=")]
    [InlineData("/no/such/page")]
    [InlineData("/fringe/event/1001")]
    public async Task Unknown_routes_and_ids_answer_a_branded_404(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("data-testid=\"brand-name\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("error-page", html, StringComparison.Ordinal);
    }

    public void Dispose() => factory.Dispose();
}
