using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Shell.Security;

/// <summary>
/// Abuse hardening: forwarded headers from trusted proxies, request size limits, and the rate limits of
/// <see cref="AbuseGuard"/>: on page form posts and status page loads per address (<see cref="AddressRateLimitMiddleware"/>),
/// and on cart creation and order placement inside circuits.
/// </summary>
internal static class SecurityHostingExtensions
{
    /// <summary>Request bodies: our forms are a few hundred bytes; SignalR messages have their own 32 KB limit.</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    /// <summary>Form fields per post: an event has a handful of ticket types, each two fields.</summary>
    public const int MaxFormValues = 200;

    public const int MaxFormValueLength = 4 * 1024;

    /// <summary>A year: the shop is only ever served over https outside a developer's machine.</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static WebApplicationBuilder AddCheckoutSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AbuseLimits>().BindConfiguration(AbuseLimits.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ForwardedHeadersSettings>, ForwardedHeadersSettingsValidator>();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((o, settings) => Apply(settings.Value, o));
        // No includeSubDomains or preload: the shop cannot speak for the other hosts of a venue's domain.
        builder.Services.AddHsts(o => o.MaxAge = HstsMaxAge);

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

        return builder;
    }

    /// <summary>
    /// First in the pipeline, so that logging, the rate limiter, the visitor (its address) and the circuit's root
    /// parameters all see the visitor's address rather than the proxy's. Not added at all without a trusted proxy.
    /// </summary>
    public static WebApplication UseCheckoutForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.TrustsAnyProxy)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static void Apply(ForwardedHeadersSettings settings, ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = settings.ForwardLimit;
        // The framework trusts loopback by default; only the configured proxies count here.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in settings.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }

    /// <summary>
    /// Strict-Transport-Security on https responses outside Development, right after the forwarded headers: behind a
    /// TLS proxy listed in <c>ForwardedHeaders</c> the request counts as https. Loopback hosts never get it (the
    /// framework's default), so a local try-out on http://localhost is not pinned to https.
    /// </summary>
    public static WebApplication UseCheckoutHsts(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app;
    }

    /// <summary>After routing (the limiter looks at the endpoint) and localization (the message is translated).</summary>
    public static WebApplication UseCheckoutRateLimiting(this WebApplication app)
    {
        app.UseMiddleware<AddressRateLimitMiddleware>();
        return app;
    }
}
