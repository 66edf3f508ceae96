using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Checkout.Sandbox;

/// <summary>
/// Runs the sandbox on its own (dotnet run --project src/Checkout.Sandbox). The content root is the
/// current directory, so run from the repository root to pick up its appsettings.json.
/// </summary>
public static class SandboxProgram
{
    public const string DefaultUrl = "http://localhost:5080";

    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        builder.Services.AddVoordeMensenSandbox(builder.Configuration);

        var app = builder.Build();
        app.MapVoordeMensenSandbox("/sandbox");
        app.MapGet("/", () => Results.Redirect("/sandbox/v1/demo/events"));
        app.Run();
    }
}
