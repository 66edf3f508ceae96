using Checkout.VoordeMensen.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Checkout.VoordeMensen.Http;

/// <summary>
/// Registers the named HttpClients of one client key. The base address is resolved when a client is
/// created (not at start-up) because an embedded sandbox only knows its port once the server runs.
/// </summary>
internal static class VdmHttpClientRegistration
{
    public static void Add(IServiceCollection services, string clientKey)
    {
        var api = services.AddHttpClient(VdmHttpClientNames.Api(clientKey))
            .ConfigureHttpClient((sp, client) => Configure(sp, client, clientKey, r => r.ResolveBaseAddress(clientKey)));
        AddPipeline(api, clientKey);
        api.AddHttpMessageHandler(sp => new PepperedAuthHandler(sp.GetRequiredService<IOptionsMonitor<VoordeMensenOptions>>(), clientKey));

        var tickets = services.AddHttpClient(VdmHttpClientNames.TicketHost(clientKey))
            .ConfigureHttpClient((sp, client) => Configure(sp, client, clientKey, r => r.ResolveTicketHost(clientKey)));
        AddPipeline(tickets, clientKey);
    }

    private static void Configure(IServiceProvider sp, HttpClient client, string clientKey, Func<IVoordeMensenEndpointResolver, Uri> resolve)
    {
        client.BaseAddress = resolve(sp.GetRequiredService<IVoordeMensenEndpointResolver>());
        var options = sp.GetRequiredService<IOptionsMonitor<VoordeMensenOptions>>().Get(clientKey);

        // The resilience pipeline owns timeouts; this is only a backstop above its total timeout.
        client.Timeout = TimeSpan.FromSeconds(options.TotalTimeoutSeconds + 5);
    }

    private static void AddPipeline(IHttpClientBuilder builder, string clientKey)
    {
        // Default HttpClient logging writes full URLs (cart ids, order keys); VdmLoggingHandler logs templates.
        builder.RemoveAllLoggers();
        builder.AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
                VdmResilience.Apply(resilience, sp.GetRequiredService<IOptionsMonitor<VoordeMensenOptions>>().Get(clientKey)));
        builder.AddHttpMessageHandler(sp => new VdmLoggingHandler(sp.GetRequiredService<ILogger<VdmLoggingHandler>>(), clientKey));
    }
}
