using System.Globalization;
using System.Threading.RateLimiting;
using Checkout.Web.Features.Errors;
using Checkout.Web.Features.Security;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Hosting;

/// <summary>
/// Abuse hardening: request size limits, the ASP.NET Core rate limiter on form posts per address, and the options of
/// the service-layer limits (<see cref="AbuseGuard"/>) for cart creation and order placement inside circuits.
/// </summary>
internal static class SecurityHostingExtensions
{
    /// <summary>Request bodies: our forms are a few hundred bytes; SignalR messages have their own 32 KB limit.</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    /// <summary>Form fields per post: an event has a handful of ticket types, each two fields.</summary>
    public const int MaxFormValues = 200;

    public const int MaxFormValueLength = 4 * 1024;

    private const string FormPostPolicyPrefix = "form-post:";

    public static WebApplicationBuilder AddCheckoutSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AbuseLimits>().BindConfiguration(AbuseLimits.Section).ValidateDataAnnotations().ValidateOnStart();

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
        });
        builder.Services.Configure<FormOptions>(o =>
        {
            o.ValueCountLimit = MaxFormValues;
            o.ValueLengthLimit = MaxFormValueLength;
            o.KeyLengthLimit = 256;
            o.MultipartBodyLengthLimit = MaxRequestBodyBytes;
        });

        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                // Only form posts to pages (the add-to-cart form): the sandbox, the circuit hub and GETs are not limited here.
                if (!HttpMethods.IsPost(context.Request.Method)
                    || context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
                {
                    return RateLimitPartition.GetNoLimiter("none");
                }

                var limits = context.RequestServices.GetRequiredService<IOptions<AbuseLimits>>().Value;
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(FormPostPolicyPrefix + address, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.FormPostsPerAddress,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                var limits = http.RequestServices.GetRequiredService<IOptions<AbuseLimits>>().Value;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(limits.WindowSeconds);
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                http.Response.ContentType = "text/plain; charset=utf-8";
                var text = http.RequestServices.GetRequiredService<IStringLocalizer<ErrorText>>()["TooManyRequests"];
                await http.Response.WriteAsync(text, cancellationToken);
            };
        });
        return builder;
    }

    /// <summary>After routing (the limiter looks at the endpoint) and localization (the message is translated).</summary>
    public static WebApplication UseCheckoutRateLimiting(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }
}
