using Checkout.Web.Shell.Embedding;

namespace Checkout.UnitTests.Embedding;

public sealed class EmbeddingOriginsTests
{
    [Theory]
    [InlineData("https://www.venue.nl", "https://www.venue.nl")]
    [InlineData("https://WWW.Venue.NL/", "https://www.venue.nl")]
    [InlineData("https://venue.nl:8443", "https://venue.nl:8443")]
    [InlineData("http://localhost:8080", "http://localhost:8080")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000")]
    [InlineData("http://venue.localhost", "http://venue.localhost")]
    public void Accepts_https_origins_and_http_on_loopback(string value, string expected) =>
        Assert.Equal(expected, EmbeddingOrigins.Normalize(value));

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("https://*.venue.nl")]
    [InlineData("http://www.venue.nl")]
    [InlineData("https://www.venue.nl/tickets")]
    [InlineData("https://www.venue.nl/?a=1")]
    [InlineData("https://user:pw@www.venue.nl")]
    [InlineData("www.venue.nl")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://venue.nl 'unsafe-inline'")]
    public void Refuses_anything_that_is_not_a_plain_origin(string value) =>
        Assert.Null(EmbeddingOrigins.Normalize(value));

    [Fact]
    public void No_origins_means_not_frameable() =>
        Assert.EndsWith("frame-ancestors 'none'", ContentSecurityPolicy.For("n", []), StringComparison.Ordinal);
}
