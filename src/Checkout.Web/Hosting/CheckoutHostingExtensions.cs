using Checkout.Web.Components;
using Checkout.Web.Features;
using Checkout.Web.Features.Customers;
using Checkout.Web.Features.Tickets;
using Checkout.Web.Hosting.Health;
using Checkout.Web.Hosting.Observability;
using Checkout.Web.Shell.Caching;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Compression;
using Checkout.Web.Shell.Embedding;
using Checkout.Web.Shell.Forms;
using Checkout.Web.Shell.Security;
using Checkout.Web.Shell.Upstream;
using Checkout.Web.Shell.Visitors;
using MudBlazor.Services;

namespace Checkout.Web.Hosting;

/// <summary>The composition root: Program.cs calls exactly these two methods.</summary>
public static class CheckoutHostingExtensions
{
    public static WebApplicationBuilder AddCheckout(this WebApplicationBuilder builder)
    {
        ContentRootGuard.EnsureWhiteLabelSurface(builder.Environment);
        builder.UseBuildOutputStaticAssets();

        builder.AddCheckoutObservability();
        builder.Services.AddCheckoutLocalization();
        builder.Services.AddCheckoutClients(builder.Configuration);
        builder.AddCheckoutVoordeMensen();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddCheckoutPageCache();
        builder.Services.AddCheckoutPageCompression();
        builder.Services.AddCheckoutScaleOut(builder.Configuration);
        builder.Services.AddCheckoutShop();
        builder.Services.AddCheckoutCustomers(builder.Configuration);
        builder.Services.AddCheckoutHealthChecks(builder.Configuration);
        builder.AddCheckoutSecurity();
        builder.Services.AddCheckoutEmbedding();
        return builder;
    }

    public static WebApplication MapCheckout(this WebApplication app)
    {
        app.UseCheckoutForwardedHeaders();
        app.UseCheckoutHsts();
        app.UseCheckoutRequestLogging();

        app.UseCheckoutSecurityHeaders();

        // Client and culture first, so the error and not-found pages are branded and translated like the page was.
        app.UseMiddleware<ClientResolutionMiddleware>();
        app.UseCheckoutLocalization();

        // Visitors never see exception details, in any environment.
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

        // Brand assets and theme CSS from the top-level wwwroot/, after the client's path prefix is stripped. The
        // framework's and MudBlazor's files, which dotnet publish also copies there, are left to MapStaticAssets:
        // it serves their pre-compressed variants. A path without an extension (every page) is never a file served
        // here (no content type, so the middleware refuses it anyway): skipping it saves a disk probe per page view.
        app.UseWhen(
            context => Path.HasExtension(context.Request.Path.Value) && !StaticWebAssetPaths.Owns(context.Request.Path),
            files => files.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = EmbedScript.PrepareResponse }));
        app.UseRouting();
        app.UseCheckoutPageCompression();
        app.UseMissingStaticAssetsAsNotFound();
        app.UseCheckoutRateLimiting();
        app.UseMiddleware<SameOriginPostMiddleware>();
        // Before the visitor cookie: a cached page is served without touching the visitor at all.
        app.UseOutputCache();
        app.UseMiddleware<VisitorMiddleware>();
        app.UseCheckoutCustomers();
        app.UseCheckoutVenueContext();
        app.UseAntiforgery();
        app.UseMiddleware<StaleFormMiddleware>();

        app.MapCheckoutHealthChecks();
        app.MapCheckoutSandbox(app.Configuration);
        app.MapCheckoutEmbedding();
        app.MapStaticAssets();
        app.MapCheckoutTickets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
