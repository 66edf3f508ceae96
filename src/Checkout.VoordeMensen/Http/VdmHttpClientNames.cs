namespace Checkout.VoordeMensen.Http;

/// <summary>Named HttpClients per client key: the API host, its ticket host, and the API host for connectivity probes.</summary>
internal static class VdmHttpClientNames
{
    public static string Api(string clientKey) => $"VoordeMensen:{clientKey}";

    public static string TicketHost(string clientKey) => $"VoordeMensen:{clientKey}:tickets";

    public static string Probe(string clientKey) => $"VoordeMensen:{clientKey}:probe";
}
