using Checkout.Web.Shell.Embedding;
using Checkout.Web.Shell.Embedding.VenueContext;
using Microsoft.AspNetCore.Http;

namespace Checkout.UnitTests.Embedding;

/// <summary>Only the shop's frame on an allowed venue page may pass details in.</summary>
public sealed class VenueReferrerTests
{
    private static readonly EmbeddingOptions Venue = new() { AllowedOrigins = ["https://www.venue.nl", "http://localhost:5000"] };

    [Theory]
    [InlineData("iframe", "https://www.venue.nl/agenda/hamlet?x=1", true)]
    [InlineData("iframe", "https://WWW.VENUE.NL/", true)]
    [InlineData("iframe", "http://localhost:5000/demo", true)]
    [InlineData("document", "https://www.venue.nl/agenda", false)]
    [InlineData(null, "https://www.venue.nl/agenda", false)]
    [InlineData("iframe", "https://ads.example.com/banner", false)]
    [InlineData("iframe", "https://www.venue.nl.evil.example/", false)]
    [InlineData("iframe", "http://www.venue.nl/", false)]
    [InlineData("iframe", null, false)]
    [InlineData("iframe", "not a url", false)]
    public void Allowed_only_for_a_frame_with_a_venue_referrer(string? fetchDest, string? referrer, bool allowed)
    {
        var request = new DefaultHttpContext().Request;
        if (fetchDest is not null)
        {
            request.Headers["Sec-Fetch-Dest"] = fetchDest;
        }

        if (referrer is not null)
        {
            request.Headers.Referer = referrer;
        }

        Assert.Equal(allowed, VenueReferrer.IsAllowedVenueFrame(request, Venue));
    }
}
