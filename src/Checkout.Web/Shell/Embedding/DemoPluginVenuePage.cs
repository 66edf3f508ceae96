using System.Globalization;
using System.Net;
using Checkout.Sandbox;
using Checkout.VoordeMensen.Public;
using Checkout.Web.Features.Events;

namespace Checkout.Web.Shell.Embedding;

/// <summary>
/// <c>/demo/venue/wordpress</c>: a venue page built like the output of VdM's WordPress plugin, with only its loader
/// script swapped for embed.js (docs/embedding.md, "Coming from VdM's loader"). Its shortcodes render buttons with inline
/// <c>onclick="vdm_order(…)"</c> handlers (one per performance labelled d-m-Y H:i, disabled when event_free is 0; the cart
/// button), a <c>&lt;span class="vdm_basketcounter"&gt;</c>, and a script that copies <c>vdm_basketcounter</c> from
/// messages into it. Like a WordPress site without a policy of its own for inline handlers, its CSP allows inline
/// scripts. The plugin's own counter asks VdM's ticket host, which does not know this shop's carts: that is stood in
/// for by a script writing "n/a" shortly after the page loads, which the shop's count must survive.
/// </summary>
internal static class DemoPluginVenuePage
{
    public const string Path = "/demo/venue/wordpress";

    /// <summary>What the plugin passes as the session id (PHP's session_id()); the shop ignores it.</summary>
    public const string PhpSessionId = "k8v3m2p9q1r7s6t0u4w5x2y1z3";

    public static async Task<IResult> RespondAsync(HttpContext context, ProgrammeService programme)
    {
        var shop = DemoVenuePage.ShopOrigin(context.Request);
        var english = DemoVenuePage.IsEnglish(context.Request);
        var listed = await programme.GetProgrammeAsync(context.RequestAborted);
        var hamlet = listed.Succeeded ? listed.Value!.FirstOrDefault(p => p.Id == SandboxDemoIds.MultiPerformanceProduction) : null;
        context.Response.Headers.ContentSecurityPolicy = DemoVenuePage.Policy(shop, "'unsafe-inline'");
        return Results.Content(Html(shop, english, hamlet?.Performances ?? []), "text/html; charset=utf-8");
    }

    private static string Html(string shop, bool english, IReadOnlyList<Performance> performances)
    {
        var s = WebUtility.HtmlEncode(shop);
        var (lang, title, dates, basket, buy, cart) = english
            ? ("en", "Hamlet – Demo venue (WordPress)", "Performances", "Basket", "Buy now", "Cart")
            : ("nl", "Hamlet – Demo-theater (WordPress)", "Voorstellingen", "Winkelwagen", "Koop nu", "Winkelwagen");
        var buttons = string.Concat(performances.Select(p => !Availability.IsSoldOut(p)
            ? $"""<button id="vdm-event-button-{p.Id}" onclick="vdm_order({p.Id},'{PhpSessionId}')" data-testid="wp-event-button">{Label(p)}</button><br><br>"""
            : $"""<button disabled id="vdm-event-button-{p.Id}" data-testid="wp-event-button">{Label(p)}</button><br><br>"""));
        return $$"""
            {{DemoHtml.Start(lang, title)}}
            <style>body { font-family: Georgia, serif; max-width: 960px; margin: 0 auto; padding: 1rem; background: #f4efe6; }</style>
            </head>
            <body>
            <header><p>{{basket}}: <span class="vdm_basketcounter" data-testid="wp-basketcounter">...</span></p></header>
            <main>
              <h1>{{title}}</h1>
              <p><button onclick="vdm_order({{SandboxDemoIds.MultiPerformanceProduction}},'{{PhpSessionId}}')" data-testid="wp-buy">{{buy}}</button></p>
              <h2>{{dates}}</h2>
              {{buttons}}
              <p><button onclick="vdm_order('cart','{{PhpSessionId}}')" data-testid="wp-cart">{{cart}}</button></p>
              {{DemoVenueAnalytics.Section(english)}}
            </main>
            <script src="{{s}}/embed.js" data-checkout="{{s}}/"></script>
            <script>
              window.addEventListener('message', (event) => {
                if (event.data && event.data.vdm_basketcounter) {
                  for (const counter of document.querySelectorAll('.vdm_basketcounter')) { counter.textContent = event.data.vdm_basketcounter; }
                }
              });
              setTimeout(() => {
                for (const counter of document.querySelectorAll('.vdm_basketcounter')) { counter.textContent = 'n/a'; }
                document.body.dataset.vdmCounterAsked = 'true';
              }, 500);
            </script>
            <script>{{DemoVenueAnalytics.Script}}</script>
            </body>
            </html>
            """;
    }

    // The plugin labels its event buttons with the performance's date and time as d-m-Y H:i.
    private static string Label(Performance performance) => performance.Start.ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);
}
