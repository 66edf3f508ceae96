using Microsoft.AspNetCore.Components.Forms;

namespace Checkout.Web.Shell.Caching;

/// <summary>
/// Blazor persists an antiforgery token into every page it renders for a first visit (for forms that may turn
/// interactive later): a data-protected comment plus an antiforgery cookie, different for every response. A cached page
/// has no such form (its post is checked by origin), so there the framework's provider is replaced by one without a
/// token; every other request, and every circuit, keeps the framework's own.
/// </summary>
internal sealed class CachedPageAntiforgeryState : AntiforgeryStateProvider
{
    public override AntiforgeryRequestToken? GetAntiforgeryToken() => null;

    /// <summary>Wraps the framework's registration (AddRazorComponents must have run).</summary>
    internal static void Register(IServiceCollection services)
    {
        var framework = services.LastOrDefault(d => d.ServiceType == typeof(AntiforgeryStateProvider))
            ?? throw new InvalidOperationException("AddRazorComponents must be called before AddCheckoutPageCache.");
        if (framework.ImplementationType is not { } implementation)
        {
            throw new InvalidOperationException("The framework's antiforgery state provider is no longer registered by type.");
        }

        services.Remove(framework);
        services.AddScoped(sp => CachedPages.Applies(sp.GetService<IHttpContextAccessor>()?.HttpContext)
            ? new CachedPageAntiforgeryState()
            : (AntiforgeryStateProvider)ActivatorUtilities.CreateInstance(sp, implementation));
    }
}
