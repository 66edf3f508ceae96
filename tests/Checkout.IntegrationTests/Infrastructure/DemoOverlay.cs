using Microsoft.Extensions.Configuration;

namespace Checkout.IntegrationTests.Infrastructure;

/// <summary>
/// The demo overlay (<c>appsettings.Development.json</c>: the second venue <c>fringe</c>, the sandbox's fixed Peppered
/// keys, the demo embedding origins, the development mailbox) as settings, for an app that runs in Production but
/// shows the demo as <c>dotnet run</c> does. Flattened to keys so it reaches Program while it composes services.
/// </summary>
public static class DemoOverlay
{
    public static Dictionary<string, string?> Settings(string contentRoot)
    {
        var path = Path.Combine(contentRoot, DemoSettings.OverlayFileName);
        if (!File.Exists(path))
        {
            return [];
        }

        var overlay = new ConfigurationBuilder().AddJsonFile(path).Build();
        return overlay.AsEnumerable().Where(e => e.Value is not null).ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase);
    }
}
