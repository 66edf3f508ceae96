using Checkout.VoordeMensen.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Checkout.VoordeMensen.Http;

/// <summary>
/// Registers the named HttpClients of one client key. The base address is resolved when a client is
/// created (not at start-up) because an embedded sandbox only knows its port once the server runs. Whatever a
/// resolver returns for the API goes through <see cref="VdmEndpoints.ApiRoot"/>, the one place that turns the
/// documented base URL forms into the root the request paths are appended to.
/// </summary>
internal static class VdmHttpClientRegistration
{
    public static void Add(IServiceCollection services, string clientKey)
    {
        var api = services.AddHttpClient(VdmHttpClientNames.Api(clientKey))
            .ConfigureHttpClient((sp, client) => Configure(sp, client, clientKey, ApiRoot(clientKey), o => o.TotalTimeoutSeconds + 5));
        AddPipeline(api, clientKey);
        AddPepperedAuth(api, clientKey);

        var tickets = services.AddHttpClient(VdmHttpClientNames.TicketHost(clientKey))
            .ConfigureHttpClient((sp, client) => Configure(sp, client, clientKey, r => r.ResolveTicketHost(clientKey), o => o.TotalTimeoutSeconds + 5));
        AddPipeline(tickets, clientKey);

        // Readiness and the operator check ask once and want the answer VdM gives now: no retries, no breaker, and
        // the attempt timeout as the whole budget.
        var probe = services.AddHttpClient(VdmHttpClientNames.Probe(clientKey))
            .ConfigureHttpClient((sp, client) => Configure(sp, client, clientKey, ApiRoot(clientKey), o => o.AttemptTimeoutSeconds));
        probe.RemoveAllLoggers();
        probe.AddHttpMessageHandler(sp => new VdmLoggingHandler(sp.GetRequiredService<ILogger<VdmLoggingHandler>>(), clientKey));
        AddPepperedAuth(probe, clientKey);
    }

    private static Func<IVoordeMensenEndpointResolver, Uri> ApiRoot(string clientKey) =>
        resolver => VdmEndpoints.ApiRoot(resolver.ResolveBaseAddress(clientKey));

    private static void Configure(
        IServiceProvider sp, HttpClient client, string clientKey, Func<IVoordeMensenEndpointResolver, Uri> resolve, Func<VoordeMensenOptions, int> timeoutSeconds)
    {
        client.BaseAddress = resolve(sp.GetRequiredService<IVoordeMensenEndpointResolver>());
        var options = sp.GetRequiredService<IOptionsMonitor<VoordeMensenOptions>>().Get(clientKey);

        // With the resilience pipeline this is only a backstop above its total timeout; for the probe it is the limit.
        client.Timeout = TimeSpan.FromSeconds(timeoutSeconds(options));
    }

    private static void AddPipeline(IHttpClientBuilder builder, string clientKey)
    {
        // Default HttpClient logging writes full URLs (cart ids, order keys); VdmLoggingHandler logs templates.
        builder.RemoveAllLoggers();
        builder.AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
                VdmResilience.Apply(
                    resilience,
                    sp.GetRequiredService<IOptionsMonitor<VoordeMensenOptions>>().Get(clientKey),
                    sp.GetRequiredService<VdmConcurrency>(),
                    clientKey));
        builder.AddHttpMessageHandler(sp => new VdmLoggingHandler(sp.GetRequiredService<ILogger<VdmLoggingHandler>>(), clientKey));
    }

    private static void AddPepperedAuth(IHttpClientBuilder builder, string clientKey) =>
        builder.AddHttpMessageHandler(sp => new PepperedAuthHandler(sp.GetRequiredService<IOptionsMonitor<VoordeMensenOptions>>(), clientKey));
}
