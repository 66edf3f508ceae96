using System.Net;
using Microsoft.AspNetCore.Http;

namespace Checkout.Sandbox.Payments;

/// <summary>
/// A small self-contained HTML page: no scripts, no external assets. Its policy allows nothing but its own inline
/// stylesheet and lets only the sandbox's own origin frame it (a page with payment buttons must not be clickjacked).
/// No form-action: the simulator's post ends in a redirect back to the shop, which may be the other loopback name.
/// </summary>
internal static class HtmlPage
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; object-src 'none'; frame-ancestors 'self'";

    private const string Css =
        "body{font-family:system-ui,sans-serif;margin:0;background:#f4f4f6;color:#1b1b1f}"
        + "main{max-width:40rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-radius:8px}"
        + "dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}"
        + "fieldset{border:1px solid #c4c4cc;border-radius:6px;display:flex;flex-wrap:wrap;gap:.75rem}"
        + "button{font-size:1rem;padding:.6rem 1.2rem;border-radius:6px;border:2px solid #1b1b1f;background:#fff;cursor:pointer}"
        + "button:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}"
        + "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem;border-bottom:1px solid #ddd}";

    public static IResult Render(HttpContext http, SandboxText text, string title, string body, int status = StatusCodes.Status200OK)
    {
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XFrameOptions = "SAMEORIGIN";
        return Results.Content(
            $"<!DOCTYPE html><html lang=\"{text["Language"]}\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + $"<title>{Encode(title)}</title><style>{Css}</style></head><body><main><h1>{Encode(title)}</h1>{body}</main></body></html>",
            "text/html; charset=utf-8",
            statusCode: status);
    }

    public static string Encode(string? value) => WebUtility.HtmlEncode(value ?? "");

    public static string Definitions(params (string Term, string Value)[] rows) =>
        "<dl>" + string.Concat(rows.Select(r => $"<dt>{Encode(r.Term)}</dt><dd>{Encode(r.Value)}</dd>")) + "</dl>";
}
