using Microsoft.AspNetCore.StaticAssets;

namespace Checkout.Web.Hosting;

/// <summary>
/// Blazor's and the packages' files (<c>_framework/</c>, <c>_content/</c>, the components' scoped scripts) are static
/// web assets: a publish output carries them in <c>wwwroot/</c>, a build output only lists where they lie (the build's
/// <c>Checkout.Web.staticwebassets.runtime.json</c>). The host reads that list by itself only in Development, so an app
/// started from a build in another environment (<c>ASPNETCORE_ENVIRONMENT=Production dotnet run -c Release</c>)
/// answered 500 for each of them and its pages ran without Blazor. The list is read in every environment; a publish
/// output has none, and nothing changes there.
/// </summary>
internal static class BuildOutputStaticAssets
{
    public static WebApplicationBuilder UseBuildOutputStaticAssets(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        return builder;
    }

    /// <summary>
    /// A static asset the manifest lists but the disk does not have (a file removed after the build or the publish) is a
    /// 404: the framework's handlers answer such a file with a 500 or an empty 200. After routing, where the endpoint is
    /// known; one file lookup per static asset request.
    /// </summary>
    public static WebApplication UseMissingStaticAssetsAsNotFound(this WebApplication app)
    {
        var files = app.Environment.WebRootFileProvider;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BuildOutputStaticAssets));
        app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not { } asset || files.GetFileInfo(asset.AssetPath).Exists)
            {
                return next(context);
            }

            logger.LogWarning("Static asset {Route} is listed in the manifest but missing on disk", asset.Route);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        return app;
    }
}
