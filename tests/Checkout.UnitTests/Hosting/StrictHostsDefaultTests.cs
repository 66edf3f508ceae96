using Checkout.Web.Shell.Clients;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Checkout.UnitTests.Hosting;

/// <summary>Unknown hosts get a neutral 404 unless the operator says otherwise, except on a developer's machine.</summary>
public sealed class StrictHostsDefaultTests
{
    [Theory]
    [InlineData("Production", null, true)]
    [InlineData("Staging", null, true)]
    [InlineData("Development", null, false)]
    [InlineData("Production", "false", false)]
    [InlineData("Development", "true", true)]
    public void Strict_outside_development_unless_configured(string environment, string? configured, bool strict)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Checkout:StrictHosts"] = configured })
            .Build();
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IWebHostEnvironment>(new DirectoryWebHostEnvironment(RepositoryRoot.Path) { EnvironmentName = environment })
            .AddCheckoutClients(configuration)
            .BuildServiceProvider();

        Assert.Equal(strict, provider.GetRequiredService<IOptions<HostingSettings>>().Value.IsStrict);
    }
}
