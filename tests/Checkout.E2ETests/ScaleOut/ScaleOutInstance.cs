using Checkout.E2ETests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.E2ETests.ScaleOut;

/// <summary>One app instance of a scaled-out deployment, recording the requests it serves.</summary>
public sealed class ScaleOutInstance(IReadOnlyDictionary<string, string?> settings) : CheckoutAppFixture(settings)
{
    public RequestLog Log { get; } = new();

    public static async Task<ScaleOutInstance> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var instance = new ScaleOutInstance(settings);
        try
        {
            await instance.InitializeAsync();
            return instance;
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(Log));
    }
}
