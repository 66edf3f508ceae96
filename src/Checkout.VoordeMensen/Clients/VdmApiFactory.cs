using Checkout.VoordeMensen.Http;
using Checkout.VoordeMensen.Peppered.Wire;
using Checkout.VoordeMensen.Public.Wire;
using Refit;

namespace Checkout.VoordeMensen.Clients;

/// <summary>
/// Creates Refit's source-generated proxies over factory-made HttpClients. The HttpClient is fresh
/// each time so pooled handlers can rotate and the base address is resolved lazily.
/// </summary>
internal sealed class VdmApiFactory(IHttpClientFactory httpClientFactory)
{
    private readonly RefitSettings _settings = VdmRefitSettings.Create();

    public IVdmPublicApi Public(string clientKey) =>
        RestService.ForGenerated<IVdmPublicApi>(httpClientFactory.CreateClient(VdmHttpClientNames.Api(clientKey)), _settings);

    public IVdmPepperedApi Peppered(string clientKey) =>
        RestService.ForGenerated<IVdmPepperedApi>(httpClientFactory.CreateClient(VdmHttpClientNames.Api(clientKey)), _settings);

    /// <summary>The public API over the probe client: one attempt, no retries, no circuit breaker.</summary>
    public IVdmPublicApi ProbePublic(string clientKey) =>
        RestService.ForGenerated<IVdmPublicApi>(httpClientFactory.CreateClient(VdmHttpClientNames.Probe(clientKey)), _settings);

    /// <summary>The Peppered API over the probe client: one attempt, no retries, no circuit breaker.</summary>
    public IVdmPepperedApi ProbePeppered(string clientKey) =>
        RestService.ForGenerated<IVdmPepperedApi>(httpClientFactory.CreateClient(VdmHttpClientNames.Probe(clientKey)), _settings);

    public ITicketHostApi TicketHost(string clientKey) =>
        RestService.ForGenerated<ITicketHostApi>(httpClientFactory.CreateClient(VdmHttpClientNames.TicketHost(clientKey)), _settings);
}
