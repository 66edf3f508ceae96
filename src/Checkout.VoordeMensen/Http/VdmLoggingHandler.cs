using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Checkout.VoordeMensen.Http;

/// <summary>
/// Logs and measures (<see cref="VdmMetrics"/>) each attempt as method + path template + status + duration. Templates
/// (not URLs) keep cart ids and order keys out of the log; headers are never logged.
/// </summary>
internal sealed partial class VdmLoggingHandler(ILogger<VdmLoggingHandler> logger, string clientKey) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var template = VdmMetrics.PathTemplateOf(request);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogCompleted(clientKey, request.Method.Method, template, (int)response.StatusCode, elapsed.TotalMilliseconds);
            VdmMetrics.Record(clientKey, request.Method.Method, template, elapsed, (int)response.StatusCode, null);
            return response;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogFailed(clientKey, request.Method.Method, template, e.GetType().Name, elapsed.TotalMilliseconds);
            VdmMetrics.Record(clientKey, request.Method.Method, template, elapsed, null, e.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "VdM {ClientKey} {Method} {PathTemplate} -> {StatusCode} in {ElapsedMs:0} ms")]
    private partial void LogCompleted(string clientKey, string method, string pathTemplate, int statusCode, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "VdM {ClientKey} {Method} {PathTemplate} failed ({Error}) after {ElapsedMs:0} ms")]
    private partial void LogFailed(string clientKey, string method, string pathTemplate, string error, double elapsedMs);
}
