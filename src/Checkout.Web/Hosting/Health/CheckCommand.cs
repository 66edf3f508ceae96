using Checkout.VoordeMensen;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Hosting.Health;

/// <summary>
/// <c>dotnet Checkout.Web.dll check</c>: the operator's check before going live. Starts the app on a loopback port
/// with its logs silenced (which validates every option, as a real start does), then asks VdM read-only for every
/// client, and Redis and the SMTP server when configured. One line per check with what to fix, never a secret;
/// exit code 1 when anything failed.
/// </summary>
internal static class CheckCommand
{
    public const string Name = "check";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var lines = new List<CheckLine>();
        WebApplication? app = null;
        try
        {
            app = await StartAsync(args);
            lines.Add(new CheckLine("configuration", true, "Every setting is valid."));
            lines.AddRange(await RunChecksAsync(app.Services));
        }
        catch (Exception e) when (ConfigurationFailures(e) is { Count: > 0 } failures)
        {
            lines.AddRange(failures.Select(f => new CheckLine("configuration", false, f)));
        }
        finally
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }

        foreach (var line in lines)
        {
            await output.WriteLineAsync(line.ToString());
        }

        var failed = lines.Count(l => !l.Ok);
        await output.WriteLineAsync(failed == 0 ? $"All {lines.Count} checks passed." : $"{failed} of {lines.Count} checks failed.");
        return failed == 0 ? 0 : 1;
    }

    private static async Task<WebApplication> StartAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddInMemoryCollection(Silenced(builder.Configuration));
        // The embedded sandbox answers on the app's own address; nothing else listens, and only on loopback.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddCheckout();
        var app = builder.Build();
        app.MapCheckout();
        await app.StartAsync();
        return app;
    }

    private static async Task<IEnumerable<CheckLine>> RunChecksAsync(IServiceProvider services)
    {
        var vdm = services.GetRequiredService<VoordeMensenHealthCheck>();
        var clients = services.GetRequiredService<IVoordeMensenClients>().ClientKeys;
        var reports = await Task.WhenAll(clients.Select(vdm.ReportAsync));
        var lines = reports.SelectMany(r => r.Checks.Select(c => new CheckLine($"client {r.ClientKey}", c.IsOk, c.Message))).ToList();

        var options = services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value;
        foreach (var registration in options.Registrations.Where(r => r.Name is "redis" or "smtp"))
        {
            var result = await registration.Factory(services).CheckHealthAsync(new HealthCheckContext { Registration = registration });
            lines.Add(new CheckLine(registration.Name, result.Status == HealthStatus.Healthy, result.Description ?? result.Status.ToString()));
        }

        return lines;
    }

    /// <summary>What the operator must fix in the settings; empty for an exception that is not about them.</summary>
    private static List<string> ConfigurationFailures(Exception e) => e switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException many => [.. many.InnerExceptions.SelectMany(ConfigurationFailures)],
        InvalidOperationException or FormatException or ArgumentException => [e.Message],
        _ => [],
    };

    /// <summary>The check prints its own lines: the app's logs would only interleave with them.</summary>
    private static Dictionary<string, string?> Silenced(IConfiguration configuration)
    {
        var quiet = new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Fatal" };
        foreach (var category in configuration.GetSection("Serilog:MinimumLevel:Override").GetChildren())
        {
            quiet[category.Path] = "Fatal";
        }

        return quiet;
    }

    private sealed record CheckLine(string Subject, bool Ok, string Message)
    {
        public override string ToString() => $"{(Ok ? "OK  " : "FAIL")} {Subject}: {Message}";
    }
}
