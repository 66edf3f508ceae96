using System.Net;
using System.Text.RegularExpressions;
using Checkout.IntegrationTests.Infrastructure;

namespace Checkout.IntegrationTests.Hosting;

/// <summary>
/// MudBlazor's CSS alone is 628 KB uncompressed: sent like that it held up a phone's first paint by seconds
/// (Lighthouse, bench/results). Every framework and component-library file a page links must go out compressed.
/// </summary>
public sealed partial class StaticAssetCompressionTests : IDisposable
{
    // A build output has the static web asset files only in Development; without hot reload, which re-reads each
    // asset per request and re-compresses changed files on the fly, they are served as from a published app.
    private readonly CheckoutWebFactory factory = new()
    {
        Environment = "Development",
        Settings = new Dictionary<string, string?> { ["ReloadStaticAssetsAtRuntime"] = "false" },
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/fringe/")]
    public async Task Framework_and_component_library_files_linked_by_a_page_go_out_compressed(string page)
    {
        var html = await factory.CreateClient().GetStringAsync(page, Ct);
        // A plain client: one that decompresses would drop the Content-Encoding this test is about.
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = factory.ClientOptions.BaseAddress,
        };
        var assets = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains(assets, a => a.StartsWith("_content/MudBlazor/MudBlazor.min.", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("_content/MudBlazor/MudBlazor.min.", StringComparison.Ordinal) && a.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("_framework/blazor.web.", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(client.BaseAddress!, page), asset));
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            using var response = await client.SendAsync(request, Ct);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Content.Headers.ContentEncoding.Contains("gzip"), $"{page}{asset} was sent uncompressed.");
        }
    }

    public void Dispose() => factory.Dispose();

    [GeneratedRegex("(?:href|src)=\"((?:_content|_framework)/[^\"]+)\"")]
    private static partial Regex AssetReference();
}
