using System.Net;
using System.Net.Http.Headers;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Checkout.VoordeMensen.Errors;

/// <summary>
/// Turns every failure Refit reports (status, body, transport) into a <see cref="VoordeMensenException"/>.
/// Refit's own ApiException keeps the live request incl. the Authorization header, so it is never
/// chained as inner exception.
/// </summary>
internal static class VdmErrorTranslator
{
    private const int SnippetLength = 120;

    public static async ValueTask<Exception?> FromResponseAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var status = (int)response.StatusCode;
        var body = await ReadBodyAsync(response.Content);
        var (message, fieldErrors) = VdmErrorBody.Parse(body);
        var kind = KindFor(response.StatusCode);
        return new VoordeMensenException(kind, message ?? DefaultMessage(response, body, kind), status, fieldErrors);
    }

    public static ValueTask<Exception?> FromDeserialization(HttpResponseMessage response, Exception exception) =>
        ValueTask.FromResult<Exception?>(exception is VoordeMensenException shaped
            ? new VoordeMensenException(shaped.Kind, shaped.Message, (int)response.StatusCode, shaped.FieldErrors)
            : new VoordeMensenException(
                VdmErrorKind.InvalidResponse,
                $"VoordeMensen sent a response that could not be read for {Describe(response.RequestMessage)}: {exception.Message}",
                (int)response.StatusCode));

    public static Exception FromTransport(HttpRequestMessage request, Exception exception, CancellationToken cancellationToken) =>
        exception switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => exception,
            TimeoutRejectedException or TaskCanceledException { InnerException: TimeoutException } =>
                new VoordeMensenException(VdmErrorKind.Timeout, $"VoordeMensen did not answer {Describe(request)} in time.", innerException: exception),
            BrokenCircuitException =>
                new VoordeMensenException(VdmErrorKind.Unavailable, "VoordeMensen is temporarily unavailable (too many recent failures).", innerException: exception),
            RateLimiterRejectedException =>
                new VoordeMensenException(VdmErrorKind.Unavailable, "VoordeMensen is busy: too many calls are waiting for it.", innerException: exception),
            HttpRequestException =>
                new VoordeMensenException(VdmErrorKind.Unavailable, $"VoordeMensen could not be reached for {Describe(request)}.", innerException: exception),
            _ => exception,
        };

    public static VdmErrorKind KindFor(HttpStatusCode status) => status switch
    {
        HttpStatusCode.NotFound => VdmErrorKind.NotFound,
        HttpStatusCode.UnprocessableEntity => VdmErrorKind.Validation,
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => VdmErrorKind.Unauthorized,
        HttpStatusCode.RequestTimeout => VdmErrorKind.Timeout,
        HttpStatusCode.TooManyRequests => VdmErrorKind.Unavailable,
        >= HttpStatusCode.InternalServerError => VdmErrorKind.Unavailable,
        _ => VdmErrorKind.Rejected,
    };

    private static string DefaultMessage(HttpResponseMessage response, string? body, VdmErrorKind kind)
    {
        var what = $"VoordeMensen answered {(int)response.StatusCode} {response.ReasonPhrase} for {Describe(response.RequestMessage)}";
        if (string.IsNullOrWhiteSpace(body))
        {
            return $"{what} with an empty body.";
        }

        return IsHtml(response.Content.Headers.ContentType, body)
            ? $"{what} with an HTML page instead of JSON ({kind})."
            : $"{what}: {Snippet(body)}";
    }

    private static bool IsHtml(MediaTypeHeaderValue? contentType, string body) =>
        contentType?.MediaType == "text/html" || body.TrimStart().StartsWith('<');

    /// <summary>Method and path only: query strings and headers stay out of messages.</summary>
    internal static string Describe(HttpRequestMessage? request) =>
        request?.RequestUri is { } uri ? $"{request.Method} {uri.AbsolutePath}" : "the request";

    internal static string Snippet(string body)
    {
        var flat = body.ReplaceLineEndings(" ").Trim();
        return flat.Length <= SnippetLength ? flat : flat[..SnippetLength] + "…";
    }

    private static async Task<string?> ReadBodyAsync(HttpContent? content)
    {
        if (content is null)
        {
            return null;
        }

        try
        {
            return await content.ReadAsStringAsync();
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
