using Checkout.Sandbox.Hosting;
using Microsoft.AspNetCore.Http;

namespace Checkout.Sandbox.Faults;

internal static class FaultResponses
{
    // Cut off mid-string, the way a dropped connection or a broken proxy leaves a body.
    private const string TruncatedJson = "[{\"event_id\": 95, \"event_name\": \"VoordeMensen Demo Ev";

    private const string ProxyErrorPage =
        "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr><p>nginx</p></body></html>";

    public static async ValueTask<object?> Apply(FaultRule rule, HttpContext http, TimeProvider time, Func<ValueTask<object?>> next)
    {
        switch (rule.Kind)
        {
            case FaultKind.Latency:
                await Task.Delay(TimeSpan.FromMilliseconds(rule.Value), time, http.RequestAborted);
                return await next();
            case FaultKind.Hang:
                return await Hang(http, time);
            case FaultKind.Status:
                return SandboxJson.Error(rule.Value, $"Sandbox fault: HTTP {rule.Value}");
            case FaultKind.Malformed:
                return Results.Text(TruncatedJson, "application/json", statusCode: StatusCodes.Status200OK);
            case FaultKind.Html:
                return Results.Content(ProxyErrorPage, "text/html", statusCode: rule.Value == 0 ? StatusCodes.Status502BadGateway : rule.Value);
            case FaultKind.Empty:
                return Results.Text("", "application/json", statusCode: StatusCodes.Status200OK);
            default:
                throw new InvalidOperationException($"Unknown fault kind {rule.Kind}.");
        }
    }

    private static async Task<IResult> Hang(HttpContext http, TimeProvider time)
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, time, http.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The caller gave up, which is exactly what a hang exists to provoke.
        }
        return Results.Empty;
    }
}
