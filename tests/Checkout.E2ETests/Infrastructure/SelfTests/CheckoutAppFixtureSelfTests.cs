using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.E2ETests.Infrastructure.SelfTests;

public sealed class CheckoutAppFixtureSelfTests(CheckoutAppFixture app)
{
    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public void Listens_on_a_loopback_port()
    {
        Assert.Equal("127.0.0.1", app.BaseAddress.Host);
        Assert.NotEqual(0, app.BaseAddress.Port);
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public void Uses_the_repository_root_as_content_root()
    {
        var environment = app.Services.GetRequiredService<IWebHostEnvironment>();

        Assert.Equal(RepositoryRoot.Path, environment.ContentRootPath.TrimEnd(Path.DirectorySeparatorChar));
        Assert.Equal(CheckoutAppFixture.DefaultEnvironment, environment.EnvironmentName);
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Configuration_overrides_win_and_the_app_starts_in_production()
    {
        await using var custom = await CheckoutAppFixture.StartAsync(
            new Dictionary<string, string?> { ["Brand:Name"] = "Override Theatre" }, "Production");

        Assert.Equal("Override Theatre", custom.Configuration["Brand:Name"]);
        Assert.Equal("Production", custom.Services.GetRequiredService<IWebHostEnvironment>().EnvironmentName);
        Assert.NotEqual(app.BaseAddress, custom.BaseAddress);
    }
}
