using System.Text.Json.Nodes;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Web.Shell.Clients;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Checkout.IntegrationTests.Hosting;

/// <summary>
/// A venue edits appsettings.json and wwwroot/ at the content root; a restart (no rebuild) must show the change.
/// Each test runs the app on a copy of the repository's white-label surface.
/// </summary>
public sealed class WhiteLabelSurfaceTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("checkout-surface-").FullName;

    public WhiteLabelSurfaceTests()
    {
        File.Copy(Path.Combine(RepositoryRoot.Path, "appsettings.json"), Path.Combine(root, "appsettings.json"));
        File.Copy(Path.Combine(RepositoryRoot.Path, DemoSettings.OverlayFileName), Path.Combine(root, DemoSettings.OverlayFileName));
        CopyDirectory(Path.Combine(RepositoryRoot.Path, "wwwroot"), Path.Combine(root, "wwwroot"));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Edited_colour_and_logo_file_show_after_restart()
    {
        var logo = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>new logo</title></svg>";
        Directory.CreateDirectory(Path.Combine(root, "wwwroot", "brands", "renamed"));
        await File.WriteAllTextAsync(Path.Combine(root, "wwwroot", "brands", "renamed", "logo.svg"), logo, Ct);
        EditSettings(s =>
        {
            s["Brand"]!["Colors"]!["Primary"] = "#0A7A33";
            s["Brand"]!["Logo"] = "/brands/renamed/logo.svg";
        });

        using var factory = new CheckoutWebFactory { ContentRoot = root };
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/", Ct);

        Assert.Contains(ThemeCss.Primary("#0A7A33"), html, StringComparison.Ordinal);
        Assert.Contains("src=\"brands/renamed/logo.svg\"", html, StringComparison.Ordinal);
        Assert.Equal(logo, await client.GetStringAsync("/brands/renamed/logo.svg", Ct));
    }

    [Theory]
    [InlineData("Brand:Colors:Primary", "blue", "Brand:Colors:Primary must be a hex colour")]
    [InlineData("Brand:Logo", "/brands/missing.svg", "Brand:Logo points to '/brands/missing.svg'")]
    [InlineData("Brand:Name", "", "Brand:Name is required")]
    [InlineData("Clients:fringe:Brand:Links:Terms", "javascript:alert(1)", "Clients:fringe:Brand:Links:Terms must be an absolute")]
    [InlineData("Clients:fringe:PathPrefix", "Fringe/Festival", "Clients:fringe:PathPrefix must be lower-case")]
    [InlineData("Checkout:DefaultCulture", "de", "Checkout:DefaultCulture must be one of: nl, en")]
    [InlineData("Shop:HoldMinutes", "0", "Shop:HoldMinutes must be between 1 and 120 (got 0)")]
    [InlineData("Clients:fringe:Shop:MaxRenewals", "3", "Clients:fringe:Shop:MaxRenewals must be between 10 and 100 (got 3)")]
    [InlineData("Shop:HoldText:de", "Ihre Karten", "Shop:HoldText:de: the language must be one of: nl, en")]
    [InlineData("Clients:fringe:Shop:HoldText:en", "<b>Held</b>", "Clients:fringe:Shop:HoldText:en must be plain text (no HTML)")]
    [InlineData("Shop:Donations:Amounts:1", "-5", "Shop:Donations:Amounts:1 must be an amount in euros above 0 and at most 1000 with at most 2 decimals (got -5)")]
    [InlineData("Clients:fringe:Shop:Donations:Amounts:0", "2.555", "Clients:fringe:Shop:Donations:Amounts:0 must be an amount in euros")]
    [InlineData("VoordeMensen:ApiKey", "", "Shop:Donations:Amounts needs VoordeMensen:ApiKey: donations go into the VdM cart through Peppered")]
    [InlineData("Shop:HoldText:nl", "Nog {0} minuten", "Shop:HoldText:nl must be plain text (no HTML); the only placeholder is {minutes}")]
    public void A_malformed_setting_stops_the_app_with_a_message_naming_the_key(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder()
            .AddDemoSettings(root)
            .AddInMemoryCollection(new Dictionary<string, string?> { [key] = value })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IWebHostEnvironment>(new DirectoryWebHostEnvironment(root))
            .AddCheckoutClients(configuration);
        using var provider = services.BuildServiceProvider();

        // The same start-up validation the host runs before it accepts requests (ValidateOnStart).
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private void EditSettings(Action<JsonNode> edit)
    {
        var path = Path.Combine(root, "appsettings.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        edit(json);
        File.WriteAllText(path, json.ToJsonString());
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
