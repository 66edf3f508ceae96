namespace Checkout.VoordeMensen.Connectivity;

/// <summary>
/// What an operator reads: which client, which URL, what VdM answered, and the configuration key to fix. The URL and
/// client name are configuration, not secrets; the API key is only ever named, never printed.
/// </summary>
internal sealed class VdmCheckMessages(string clientName, string configPath, int attemptTimeoutSeconds, string apiRoot)
{
    private string Url(string relative) => $"{apiRoot}v1/{clientName}/{relative}";

    public VdmCheck EventListAnswers(int productions, bool upcomingOnly) => new(
        VdmCheckKind.EventList,
        VdmCheckStatus.Ok,
        upcomingOnly
            ? $"VoordeMensen answers for client '{clientName}' at {Url("events/upcoming")} (productions with upcoming performances: {productions})."
            : $"VoordeMensen answers for client '{clientName}' at {Url("events")} (productions: {productions}, none with upcoming performances).");

    public VdmCheck ClientUnknown() => new(
        VdmCheckKind.EventList,
        VdmCheckStatus.ClientUnknown,
        $"VoordeMensen does not know client '{clientName}' (404 on {Url("events")}): set {configPath}:Client to the client " +
        $"name VdM gave you (if the name is right, check that {configPath}:BaseUrl points at the VdM API).");

    public VdmCheck EventListFailed(string relative, VoordeMensenException error) => Failed(VdmCheckKind.EventList, Url(relative), error,
        $"check that {configPath}:BaseUrl points at the VdM API (not a web page or a proxy's error page)");

    public VdmCheck PepperedAnswers(int paymentMethods) => new(
        VdmCheckKind.PepperedKey,
        VdmCheckStatus.Ok,
        $"VoordeMensen accepts the Peppered API key of client '{clientName}' (payment methods at {Url("peppered/paymentmethods")}: {paymentMethods}).");

    public VdmCheck PepperedFailed(VoordeMensenException error) => error.Kind == VdmErrorKind.Unauthorized
        ? new(
            VdmCheckKind.PepperedKey,
            VdmCheckStatus.KeyRefused,
            $"VoordeMensen refused the Peppered API key of client '{clientName}' (HTTP {error.StatusCode}): set {configPath}:ApiKey " +
            $"to the key VdM support issued for this client (and {configPath}:AuthStyle to Basic if VdM asks for it).")
        : Failed(VdmCheckKind.PepperedKey, Url("peppered/paymentmethods"), error,
            $"ask VdM support whether Peppered is enabled for client '{clientName}' and check {configPath}:ApiKey");

    private VdmCheck Failed(VdmCheckKind kind, string url, VoordeMensenException error, string invalidAdvice) => error.Kind switch
    {
        VdmErrorKind.Timeout => new(kind, VdmCheckStatus.Unreachable,
            $"VoordeMensen did not answer {url} within {attemptTimeoutSeconds} s: check {configPath}:BaseUrl, the network and VdM's status."),
        VdmErrorKind.Unavailable => new(kind, VdmCheckStatus.Unreachable,
            $"VoordeMensen could not be reached at {url} ({Unreachable(error)}): check {configPath}:BaseUrl, the network and VdM's status."),
        _ => new(kind, VdmCheckStatus.InvalidResponse,
            $"VoordeMensen answered {url} with something unexpected ({Unexpected(error)}): {invalidAdvice}."),
    };

    private static string Unreachable(VoordeMensenException error) =>
        error.StatusCode is { } status ? $"HTTP {status}" : error.InnerException?.Message ?? error.Message;

    // These messages come from the library's translator or VdM's own "message": method and path at most, never headers.
    private static string Unexpected(VoordeMensenException error) =>
        error.StatusCode is { } status and not (>= 200 and < 300) ? $"HTTP {status}: {error.Message}" : error.Message;
}
