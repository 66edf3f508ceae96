using System.Net.Http.Headers;
using System.Text;
using Checkout.VoordeMensen.Configuration;
using Checkout.VoordeMensen.Peppered.Wire;
using Microsoft.Extensions.Options;
using Refit;

namespace Checkout.VoordeMensen.Http;

/// <summary>
/// Adds the Peppered key to requests made through the Peppered Refit interface, and to nothing else:
/// the public API and the ticket host never see the key. Options are read per request so a rotated
/// key takes effect without a restart.
/// </summary>
internal sealed class PepperedAuthHandler(IOptionsMonitor<VoordeMensenOptions> options, string clientKey) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<Type> InterfaceTypeKey = new(HttpRequestMessageOptions.InterfaceType);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Get(clientKey);
        if (IsPepperedCall(request) && settings.HasApiKey)
        {
            request.Headers.Remove("Authorization");
            if (settings.AuthStyle == VdmAuthStyle.Basic)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.ApiKey + ":")));
            }
            else
            {
                // The raw key is the whole header value, which AuthenticationHeaderValue cannot express.
                request.Headers.TryAddWithoutValidation("Authorization", settings.ApiKey);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static bool IsPepperedCall(HttpRequestMessage request) =>
        request.Options.TryGetValue(InterfaceTypeKey, out var type) && type == typeof(IVdmPepperedApi);
}
