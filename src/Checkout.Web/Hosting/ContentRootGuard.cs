namespace Checkout.Web.Hosting;

/// <summary>
/// The white-label surface (appsettings.json and wwwroot/) lives at the repository root, not in the project,
/// so the app must be started with that directory as content root. Failing early beats a shop without brand.
/// </summary>
internal static class ContentRootGuard
{
    public static void EnsureWhiteLabelSurface(IWebHostEnvironment environment)
    {
        var settings = Path.Combine(environment.ContentRootPath, "appsettings.json");
        if (!File.Exists(settings))
        {
            throw new InvalidOperationException(
                $"appsettings.json was not found in the content root '{environment.ContentRootPath}'. " +
                "Start the app from the repository root (dotnet run --project src/Checkout.Web) " +
                "or set ASPNETCORE_CONTENTROOT to the directory that holds appsettings.json and wwwroot/.");
        }
    }
}
