using Checkout.VoordeMensen;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>
/// The library's real registration (Refit, auth, resilience) pointed at the sandbox on a loopback port: the typed
/// clients talk to the sandbox over HTTP exactly as they would talk to VdM.
/// </summary>
internal sealed class SandboxVdm : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private SandboxVdm(SandboxHost host, ServiceProvider provider)
    {
        Host = host;
        this.provider = provider;
    }

    public SandboxHost Host { get; }

    public IVoordeMensenClient Demo => provider.GetRequiredService<IVoordeMensenClients>().For("default");

    public IVoordeMensenClient Fringe => provider.GetRequiredService<IVoordeMensenClients>().For("fringe");

    public static async Task<SandboxVdm> StartAsync()
    {
        var host = await SandboxHost.StartAsync();
        var root = host.Http.BaseAddress!.ToString();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VoordeMensen:BaseUrl"] = root,
            ["VoordeMensen:TicketHostUrl"] = root + "tickets/",
            ["VoordeMensen:Client"] = "demo",
            ["VoordeMensen:ApiKey"] = "sandbox-demo-key",
            ["Clients:fringe:VoordeMensen:Client"] = "fringe",
            ["Clients:fringe:VoordeMensen:ApiKey"] = "sandbox-fringe-key",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddVoordeMensen(configuration);
        return new SandboxVdm(host, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await Host.DisposeAsync();
    }
}
