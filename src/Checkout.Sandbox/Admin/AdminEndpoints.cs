using Checkout.Sandbox.Data;
using Checkout.Sandbox.Faults;
using Checkout.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Checkout.Sandbox.Admin;

/// <summary>Test and demo controls; they exist only in the sandbox, never on a real VdM.</summary>
internal static class AdminEndpoints
{
    public static void MapSandboxAdmin(this RouteGroupBuilder admin)
    {
        admin.MapPost("/reset", (SandboxStore store) =>
        {
            store.Reset();
            return Results.NoContent();
        });

        admin.MapGet("/faults", (FaultRegistry faults) => SandboxJson.Peppered200(faults.Rules));

        admin.MapPut("/faults", async (HttpRequest request, FaultRegistry faults) =>
        {
            var rules = await ReadRules(request);
            if (rules is null)
            {
                return SandboxJson.Error(StatusCodes.Status400BadRequest, "Body must be a JSON array of fault rules");
            }
            var problems = rules.SelectMany((r, i) => FaultRuleValidator.Validate(r, $"Faults:{i}")).ToList();
            if (problems.Count > 0)
            {
                return SandboxJson.Error(StatusCodes.Status400BadRequest, string.Join(" ", problems));
            }
            faults.Replace(rules);
            return SandboxJson.Peppered200(faults.Rules);
        });

        admin.MapDelete("/faults", (FaultRegistry faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });

        admin.MapOrderAdmin();

        admin.MapGet("/stats", (SandboxRequestStats stats) => SandboxJson.Peppered200(stats.Snapshot()));

        admin.MapDelete("/stats", (SandboxRequestStats stats) =>
        {
            stats.Reset();
            return Results.NoContent();
        });

        // The benchmark runs the app as a separate process and needs its heap after a full GC (bench/run.sh).
        admin.MapGet("/memory", () => SandboxJson.Peppered200(ProcessMemory.Measure()));
    }

    private static async Task<List<FaultRule>?> ReadRules(HttpRequest request)
    {
        try
        {
            return await request.ReadFromJsonAsync<List<FaultRule>>(SandboxJson.Peppered, request.HttpContext.RequestAborted);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
