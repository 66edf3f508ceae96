using Checkout.VoordeMensen.Clients;
using Checkout.VoordeMensen.Configuration;
using Microsoft.Extensions.Options;

namespace Checkout.VoordeMensen.Connectivity;

internal sealed class VoordeMensenConnectivity(
    VoordeMensenClientRegistry registry,
    IOptionsMonitor<VoordeMensenOptions> options,
    IVoordeMensenEndpointResolver resolver,
    VdmApiFactory apis) : IVoordeMensenConnectivity
{
    public async Task<VdmConnectivityReport> CheckAsync(string clientKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clientKey);
        if (!registry.Contains(clientKey))
        {
            throw new KeyNotFoundException(
                $"No VoordeMensen client '{clientKey}' is configured; known client keys: {string.Join(", ", registry.Keys)}.");
        }

        var settings = options.Get(clientKey);
        var messages = new VdmCheckMessages(settings.Client, registry.ConfigPath(clientKey), settings.AttemptTimeoutSeconds, DescribeRoot(clientKey));
        var events = CheckEventListAsync(clientKey, settings.Client, messages, cancellationToken);
        var peppered = settings.HasApiKey ? CheckPepperedKeyAsync(clientKey, settings.Client, messages, cancellationToken) : null;

        List<VdmCheck> checks = [await events];
        if (peppered is not null)
        {
            checks.Add(await peppered);
        }

        return new VdmConnectivityReport(clientKey, settings.Client, checks);
    }

    private async Task<VdmCheck> CheckEventListAsync(string clientKey, string clientName, VdmCheckMessages messages, CancellationToken cancellationToken)
    {
        var upcoming = await Attempt(() => apis.ProbePublic(clientKey).GetEvent(clientName, "upcoming", cancellationToken).Body());
        if (upcoming.Error is not { Kind: VdmErrorKind.NotFound })
        {
            return upcoming.Error is { } error
                ? messages.EventListFailed("events/upcoming", error)
                : messages.EventListAnswers(upcoming.Value!.Count, upcomingOnly: true);
        }

        // A real account between seasons may have nothing upcoming (and VdM's answer to that is undocumented): only
        // a 404 on the whole list as well says that VdM does not know the client.
        var all = await Attempt(() => apis.ProbePublic(clientKey).GetEvents(clientName, cancellationToken).Body());
        return all.Error switch
        {
            { Kind: VdmErrorKind.NotFound } => messages.ClientUnknown(),
            { } error => messages.EventListFailed("events", error),
            null => messages.EventListAnswers(all.Value!.Count, upcomingOnly: false),
        };
    }

    private async Task<VdmCheck> CheckPepperedKeyAsync(string clientKey, string clientName, VdmCheckMessages messages, CancellationToken cancellationToken)
    {
        var methods = await Attempt(() => apis.ProbePeppered(clientKey).GetPaymentMethods(clientName, cancellationToken).Body());
        return methods.Error is { } error ? messages.PepperedFailed(error) : messages.PepperedAnswers(methods.Value!.Count);
    }

    /// <summary>VdM's answer or its failure; a resolver that cannot name an address counts as unreachable.</summary>
    private static async Task<(T? Value, VoordeMensenException? Error)> Attempt<T>(Func<Task<T>> call)
        where T : class
    {
        try
        {
            return (await call(), null);
        }
        catch (VoordeMensenException e)
        {
            return (null, e);
        }
        catch (InvalidOperationException e)
        {
            return (null, new VoordeMensenException(VdmErrorKind.Unavailable, e.Message));
        }
    }

    private string DescribeRoot(string clientKey)
    {
        try
        {
            return VdmEndpoints.ApiRoot(resolver.ResolveBaseAddress(clientKey)).ToString();
        }
        catch (InvalidOperationException)
        {
            return "(no address)";
        }
    }
}
