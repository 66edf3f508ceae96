using System.Net;
using Checkout.Sandbox;

namespace Checkout.Web.Shell.Embedding;

/// <summary>
/// <c>/demo/venue</c>: a stand-in venue page that embeds the shop with <c>embed.js</c>, mapped only while the embedded
/// sandbox is in use (never next to a real VdM). To be a real cross-site embed on one machine it points at the shop
/// under the other loopback name: viewed on <c>http://localhost:5000</c> it loads the shop from
/// <c>http://127.0.0.1:5000</c> and the other way round (different sites, so the browser treats the shop's cookies as
/// third-party). The Development overlay allows <c>http://localhost:5000</c> and <c>http://localhost:8080</c> as
/// embedding origins. The page has its own CSP: scripts and frames only from the shop.
/// </summary>
internal static class DemoVenuePage
{
    public const string Path = "/demo/venue";

    public static IEndpointRouteBuilder MapDemoVenue(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context) =>
        {
            var shop = ShopOrigin(context.Request);
            var nonce = CspNonce.Of(context)!;
            context.Response.Headers.ContentSecurityPolicy = Policy(shop, $"'nonce-{nonce}'");
            return Results.Content(Html(shop, IsEnglish(context.Request), nonce), "text/html; charset=utf-8");
        }).ExcludeFromDescription();
        endpoints.MapGet(DemoPluginVenuePage.Path, DemoPluginVenuePage.RespondAsync).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>The demo pages' own policy: scripts and frames only from the shop, plus their own inline script.</summary>
    internal static string Policy(string shop, string inlineScripts) => string.Join("; ",
        "default-src 'self'", $"script-src {shop} {inlineScripts}", $"frame-src {shop}", "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:", "base-uri 'none'", "object-src 'none'", "form-action 'none'", "frame-ancestors 'none'");

    internal static bool IsEnglish(HttpRequest request) =>
        string.Equals(request.Query["lang"], "en", StringComparison.OrdinalIgnoreCase);

    /// <summary>The shop as seen from the demo page: the other loopback name, else the page's own origin.</summary>
    internal static string ShopOrigin(HttpRequest request)
    {
        var host = request.Host.Host switch
        {
            "localhost" => "127.0.0.1",
            "127.0.0.1" => "localhost",
            var same => same,
        };
        var port = request.Host.Port is { } p ? $":{p}" : "";
        return $"{request.Scheme}://{host}{port}";
    }

    private static string Html(string shop, bool english, string nonce)
    {
        var s = WebUtility.HtmlEncode(shop);
        var ev = SandboxDemoIds.MultiPerformanceFirst;
        var production = SandboxDemoIds.MultiPerformanceProduction;
        var (lang, title, intro, basket, overlay, side, buy, programme, cart, fringe, noJs) = english
            ? ("en", "Demo venue", "A venue's own page with the ticket shop embedded by one script tag.", "Basket",
                "Pop-up (overlay)", "Side panel", "Buy tickets for Hamlet", "All Hamlet performances", "View basket",
                "Another client on the same page (Fringe Festival, English)", "Without JavaScript")
            : ("nl", "Demo-theater", "De eigen website van een theater, met de kaartverkoop ingebouwd via één scripttag.", "Winkelwagen",
                "Pop-up (overlay)", "Zijpaneel", "Koop kaarten voor Hamlet", "Alle voorstellingen van Hamlet", "Bekijk winkelwagen",
                "Een tweede klant op dezelfde pagina (Fringe Festival, Engels)", "Zonder JavaScript");
        var (member, memberBuy, plugin, myTickets) = english
            ? ("Member area (details passed to the checkout)", "Buy as a member", "The same shop on a page built like VdM's WordPress plugin", "My tickets")
            : ("Ledenpagina (gegevens gaan mee naar het afrekenen)", "Koop als lid", "Dezelfde winkel op een pagina zoals VdM's WordPress-plugin die maakt", "Mijn kaarten");
        return $$"""
            {{DemoHtml.Start(lang, title)}}
            <style>
              body { font-family: Georgia, serif; margin: 0; background: #f4efe6; color: #1c1c1c; }
              header, main { max-width: 960px; margin: 0 auto; padding: 1rem; }
              header { display: flex; justify-content: space-between; align-items: center; }
              section { background: #fff; padding: 1rem; margin-bottom: 1rem; border-radius: 6px; }
              a { color: #1f3a5f; } a[role=button] { display: inline-block; padding: .6rem 1rem; margin: .25rem 0;
                background: #1f3a5f; color: #fff; text-decoration: none; border-radius: 4px; }
              a:focus-visible { outline: 3px solid #b4451f; outline-offset: 2px; }
            </style>
            <script src="{{s}}/embed.js" data-checkout="{{s}}/" defer></script>
            </head>
            <body>
            <header>
              <strong>{{title}}</strong>
              <span>{{basket}}: <span data-checkout-basket data-testid="venue-basket">0</span></span>
            </header>
            <main>
              <h1>{{title}}</h1>
              <p>{{intro}}</p>
              <section aria-labelledby="overlay-heading">
                <h2 id="overlay-heading">{{overlay}}</h2>
                <a href="{{s}}/event/{{ev}}" data-checkout-event="{{ev}}" data-testid="venue-buy">{{buy}}</a>
                <a href="{{s}}/?production={{production}}" data-checkout-production="{{production}}" data-testid="venue-production">{{programme}}</a>
                <a href="{{s}}/cart" data-checkout-cart data-testid="venue-cart">{{cart}}</a>
                <a href="{{s}}/my-tickets" data-checkout-my-tickets data-testid="venue-my-tickets">{{myTickets}}</a>
              </section>
              <section aria-labelledby="side-heading">
                <h2 id="side-heading">{{side}}</h2>
                <a href="{{s}}/event/{{ev}}" data-checkout-event="{{ev}}" data-checkout-style="side" data-testid="venue-buy-side">{{buy}}</a>
                <a href="{{s}}/cart" data-checkout-cart data-checkout-style="side" data-testid="venue-cart-side">{{cart}}</a>
              </section>
              <section aria-labelledby="fringe-heading">
                <h2 id="fringe-heading">{{fringe}}</h2>
                <a href="{{s}}/fringe/" data-checkout-shop="fringe/" data-checkout-cart data-testid="venue-fringe-cart">Fringe Festival – basket</a>
                <a href="{{s}}/fringe/event/2101" data-checkout-shop="fringe/" data-checkout-event="2101" data-testid="venue-fringe-buy">Fringe Festival – tickets</a>
              </section>
              <section aria-labelledby="member-heading">
                <h2 id="member-heading">{{member}}</h2>
                <a href="{{s}}/event/{{ev}}" data-checkout-event="{{ev}}" data-checkout-email="jan.jansen@example.nl"
                   data-checkout-first-name="Jan" data-checkout-last-name="Jansen" data-checkout-campaign="members" data-testid="venue-buy-member">{{memberBuy}}</a>
              </section>
              <section aria-labelledby="nojs-heading">
                <h2 id="nojs-heading">{{noJs}}</h2>
                <p><a href="{{s}}/event/{{ev}}">{{buy}}</a></p>
                <p><a href="{{DemoPluginVenuePage.Path}}{{(english ? "?lang=en" : "")}}" data-testid="venue-plugin-page">{{plugin}}</a></p>
              </section>
              {{DemoVenueAnalytics.Section(english)}}
            </main>
            <script nonce="{{nonce}}">{{DemoVenueAnalytics.Script}}</script>
            </body>
            </html>
            """;
    }
}
