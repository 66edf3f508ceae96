using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Seats;

/// <summary>
/// The seat page (plan and list, about 160 KB for the sandbox's Hamlet) goes out compressed; pages that did not opt in
/// stay uncompressed (BREACH, docs/operations.md "Compression"). The seat page may be compressed because its one secret,
/// the antiforgery token, differs in every response.
/// </summary>
public sealed partial class SeatPageCompressionTests(CheckoutWebFactory app) : IClassFixture<CheckoutWebFactory>
{
    private static readonly string SeatPage = $"/event/{SandboxDemoIds.ReservedSeating}/seats";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_seat_page_is_sent_compressed_and_its_token_differs_in_every_response()
    {
        using var first = await GetAsync(SeatPage, "br");
        using var second = await GetAsync(SeatPage, "gzip");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(["br"], first.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], second.Content.Headers.ContentEncoding);
        var compressedBytes = (await first.Content.ReadAsByteArrayAsync(Ct)).Length;
        var html = await DecompressAsync(first, stream => new BrotliStream(stream, CompressionMode.Decompress));
        Assert.Contains("data-testid=\"seat-map\"", html, StringComparison.Ordinal);
        Assert.True(compressedBytes * 4 < html.Length, $"{compressedBytes} compressed bytes for {html.Length} characters");

        var secondHtml = await DecompressAsync(second, stream => new GZipStream(stream, CompressionMode.Decompress));
        Assert.NotEqual(Token(html), Token(secondHtml));
    }

    [Theory]
    [InlineData("/cart")]
    [InlineData("/checkout")]
    [InlineData("/event/1001")]
    public async Task Pages_that_did_not_opt_in_stay_uncompressed(string path)
    {
        using var response = await GetAsync(path, "br, gzip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string encodings)
    {
        using var http = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encodings);
        return await http.SendAsync(request, Ct);
    }

    private static async Task<string> DecompressAsync(HttpResponseMessage response, Func<Stream, Stream> decompressor)
    {
        await using var stream = decompressor(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(Ct);
    }

    private static string Token(string html) =>
        AntiforgeryToken().Match(html) is { Success: true } match ? match.Groups["value"].Value : throw new InvalidOperationException("No antiforgery token on the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
