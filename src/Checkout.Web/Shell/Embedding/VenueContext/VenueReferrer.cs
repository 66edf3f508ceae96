namespace Checkout.Web.Shell.Embedding.VenueContext;

/// <summary>
/// Whether a request is the shop's frame on one of the client's venue pages: loaded as a frame, with the Referer of an
/// allowed venue origin. Details from anywhere else (a link on another site, a frame inside an advert on the venue's
/// page) are not taken: they could slip someone else's e-mail address into the visitor's checkout.
/// </summary>
public static class VenueReferrer
{
    public static bool IsAllowedVenueFrame(HttpRequest request, EmbeddingOptions embedding)
    {
        if (!FramedCookies.IsFramed(request)
            || !Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referrer)
            || EmbeddingOrigins.Normalize(referrer.GetLeftPart(UriPartial.Authority)) is not { } origin)
        {
            return false;
        }

        return embedding.Origins().Contains(origin, StringComparer.Ordinal);
    }
}
