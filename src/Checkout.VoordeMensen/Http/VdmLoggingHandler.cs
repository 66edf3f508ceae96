using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Refit;

namespace Checkout.VoordeMensen.Http;

/// <summary>
/// Logs each attempt as method + path template + status + duration. Templates (not URLs) keep cart
/// ids and order keys out of the log; headers are never logged.
/// </summary>
internal sealed partial class VdmLoggingHandler(ILogger<VdmLoggingHandler> logger, string clientKey) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<string> TemplateKey = new(HttpRequestMessageOptions.RelativePathTemplate);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var template = request.Options.TryGetValue(TemplateKey, out var t) ? t : "(unknown)";
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            LogCompleted(clientKey, request.Method.Method, template, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            LogFailed(clientKey, request.Method.Method, template, e.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "VdM {ClientKey} {Method} {PathTemplate} -> {StatusCode} in {ElapsedMs:0} ms")]
    private partial void LogCompleted(string clientKey, string method, string pathTemplate, int statusCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "VdM {ClientKey} {Method} {PathTemplate} failed ({Error}) after {ElapsedMs:0} ms")]
    private partial void LogFailed(string clientKey, string method, string pathTemplate, string error, double elapsedMs);
}
