namespace Checkout.VoordeMensen.Http;

/// <summary>One named HttpClient per client key for the API host, one for its ticket host.</summary>
internal static class VdmHttpClientNames
{
    public static string Api(string clientKey) => $"VoordeMensen:{clientKey}";

    public static string TicketHost(string clientKey) => $"VoordeMensen:{clientKey}:tickets";
}
