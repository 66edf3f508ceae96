using Checkout.VoordeMensen;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Checkout.IntegrationTests.VoordeMensen;

/// <summary>
/// The real AddVoordeMensen registration (Refit, auth, logging, resilience) with the stub as the
/// primary handler, so only the socket is fake.
/// </summary>
public sealed class VdmTestHost : IDisposable
{
    public const string DemoKey = "demo-secret-key-123";
    public const string FringeKey = "fringe-secret-key-456";

    private readonly ServiceProvider _provider;

    private VdmTestHost(ServiceProvider provider, StubVdmHandler stub, CapturingLoggerProvider logs, FakeTimeProvider? time)
    {
        _provider = provider;
        Stub = stub;
        Logs = logs;
        Time = time;
    }

    public StubVdmHandler Stub { get; }

    public CapturingLoggerProvider Logs { get; }

    public FakeTimeProvider? Time { get; }

    public IServiceProvider Services => _provider;

    public IVoordeMensenClients Clients => _provider.GetRequiredService<IVoordeMensenClients>();

    public IVoordeMensenClient Default => Clients.For("default");

    public static Dictionary<string, string?> DefaultSettings(string authStyle = "Raw") => new()
    {
        ["VoordeMensen:BaseUrl"] = "https://api.vdm.test/",
        ["VoordeMensen:Client"] = "demo",
        ["VoordeMensen:ApiKey"] = DemoKey,
        ["VoordeMensen:AuthStyle"] = authStyle,
        ["VoordeMensen:TicketHostUrl"] = "https://tickets.vdm.test/",
        ["VoordeMensen:AttemptTimeoutSeconds"] = "2",
        ["VoordeMensen:TotalTimeoutSeconds"] = "5",
        ["Clients:fringe:VoordeMensen:Client"] = "fringe",
        ["Clients:fringe:VoordeMensen:ApiKey"] = FringeKey,
    };

    public static VdmTestHost Create(
        Dictionary<string, string?>? settings = null,
        bool fakeTime = false,
        Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? DefaultSettings()).Build();
        var stub = new StubVdmHandler();
        var logs = new CapturingLoggerProvider();
        var time = fakeTime ? new FakeTimeProvider(DateTimeOffset.Parse("2026-04-01T12:00:00+02:00")) : null;

        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        if (time is not null)
        {
            services.AddSingleton<TimeProvider>(time);
        }

        services.AddVoordeMensen(configuration);
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => stub));
        configure?.Invoke(services);
        return new VdmTestHost(services.BuildServiceProvider(), stub, logs, time);
    }

    public void Dispose() => _provider.Dispose();
}
