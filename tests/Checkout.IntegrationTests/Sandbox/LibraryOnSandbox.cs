using Checkout.VoordeMensen;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>
/// The real client library (Refit, auth, resilience) pointed at a running sandbox over HTTP, as a venue would point it
/// at VdM: BaseUrl, Client, ApiKey and the ticket host.
/// </summary>
internal sealed class LibraryOnSandbox : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private LibraryOnSandbox(ServiceProvider provider) => this.provider = provider;

    public IVoordeMensenClient Demo => provider.GetRequiredService<IVoordeMensenClients>().For("default");

    public static LibraryOnSandbox For(SandboxHost sandbox, string client = "demo", string apiKey = "sandbox-demo-key")
    {
        var root = sandbox.Http.BaseAddress!.ToString();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VoordeMensen:BaseUrl"] = root + "v1/",
            ["VoordeMensen:Client"] = client,
            ["VoordeMensen:ApiKey"] = apiKey,
            ["VoordeMensen:TicketHostUrl"] = root + "tickets/",
            ["VoordeMensen:AttemptTimeoutSeconds"] = "5",
            ["VoordeMensen:TotalTimeoutSeconds"] = "10",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.ClearProviders());
        services.AddSingleton<TimeProvider>(sandbox.Time);
        services.AddVoordeMensen(configuration);
        return new LibraryOnSandbox(services.BuildServiceProvider());
    }

    public T Service<T>() where T : notnull => provider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
