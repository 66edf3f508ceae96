using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Checkout.Web.Shell.Compression;

internal static class CompressionHostingExtensions
{
    public static IServiceCollection AddCheckoutPageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            // Safe for the pages that opt in (CompressedPageAttribute); every other response skips the middleware.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>After routing: compresses the responses of the endpoints marked <see cref="CompressedPageAttribute"/>.</summary>
    public static IApplicationBuilder UseCheckoutPageCompression(this IApplicationBuilder app) =>
        app.UseWhen(
            context => context.GetEndpoint()?.Metadata.GetMetadata<CompressedPageAttribute>() is not null,
            compressed => compressed.UseResponseCompression());
}
