namespace Checkout.Web.Shell.Embedding;

/// <summary>
/// Cookies of a shop shown in a venue's iframe. A cross-site frame gets no Lax or Strict cookie, and with third-party
/// cookies blocked no plain SameSite=None cookie either; a partitioned (CHIPS) cookie is still allowed: the browser
/// keys it on the venue's site, so it never follows the visitor elsewhere. Top-level requests keep their Lax/Strict
/// cookies. See docs/embedding.md.
/// </summary>
public static class FramedCookies
{
    /// <summary>True when the browser says this request loads a frame (<c>Sec-Fetch-Dest: iframe</c> or <c>frame</c>).</summary>
    public static bool IsFramed(HttpRequest request) =>
        request.Headers["Sec-Fetch-Dest"].ToString() is "iframe" or "frame";

    /// <summary>
    /// Makes <paramref name="options"/> a <c>SameSite=None; Secure; Partitioned</c> cookie when the request is framed.
    /// Secure also over plain http: browsers accept Secure cookies from loopback hosts (localhost, 127.0.0.1), and a real
    /// deployment is https anyway.
    /// </summary>
    public static CookieOptions ForRequest(CookieOptions options, HttpRequest request)
    {
        if (IsFramed(request))
        {
            options.SameSite = SameSiteMode.None;
            options.Secure = true;
            if (!options.Extensions.Contains("partitioned", StringComparer.OrdinalIgnoreCase))
            {
                options.Extensions.Add("partitioned");
            }
        }

        return options;
    }
}
