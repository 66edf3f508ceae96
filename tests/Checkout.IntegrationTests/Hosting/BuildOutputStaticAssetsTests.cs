using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Checkout.IntegrationTests.Infrastructure;

namespace Checkout.IntegrationTests.Hosting;

/// <summary>
/// Issue 21: started from a build output in Production, the framework's and MudBlazor's files answered 500 (the
/// host looked for them under wwwroot/), so pages ran without Blazor. They are served; a missing static file is a 404.
/// </summary>
public sealed partial class BuildOutputStaticAssetsTests : IDisposable
{
    private readonly DirectoryInfo lostFiles = Directory.CreateTempSubdirectory("checkout-assets-");

    private static readonly string[] FrameworkFiles =
    [
        "_framework/blazor.web.js",
        "_content/MudBlazor/MudBlazor.min.js",
        "Components/Layout/ReconnectModal.razor.js",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Production_from_the_build_output_serves_the_framework_files_and_answers_404_for_missing_ones()
    {
        await using var app = await BuildOutputApp.StartAsync("Production");
        var page = await app.Http.GetStringAsync("/", Ct);
        var linked = AssetReference().Matches(page).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains(linked, a => a.StartsWith("_framework/blazor.web.", StringComparison.Ordinal));
        foreach (var file in FrameworkFiles.Concat(linked))
        {
            using var response = await app.Http.GetAsync(file, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file} answered {(int)response.StatusCode}.");
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(Ct));
        }

        foreach (var missing in new[] { "_framework/missing.js", "_content/MudBlazor/missing.js", "css/missing.css" })
        {
            using var response = await app.Http.GetAsync(missing, Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_file_the_build_lists_but_the_disk_lost_is_a_404_not_a_500()
    {
        // The build's list of static web assets, with MudBlazor's files looked for in an empty directory.
        var manifest = Path.Combine(lostFiles.FullName, "runtime.json");
        var runtime = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Checkout.Web.staticwebassets.runtime.json"), Ct))!;
        var roots = runtime["ContentRoots"]!.AsArray();
        var mudBlazor = roots.Single(r => r!.GetValue<string>().Contains("mudblazor", StringComparison.OrdinalIgnoreCase))!;
        roots[roots.IndexOf(mudBlazor)] = lostFiles.FullName + Path.DirectorySeparatorChar;
        await File.WriteAllTextAsync(manifest, runtime.ToJsonString(), Ct);
        using var factory = new CheckoutWebFactory { Settings = new Dictionary<string, string?> { ["staticWebAssets"] = manifest } };

        using var response = await factory.CreateClient().GetAsync("/_content/MudBlazor/MudBlazor.min.js", Ct);
        using var framework = await factory.CreateClient().GetAsync("/_framework/blazor.web.js", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, framework.StatusCode);
    }

    public void Dispose() => lostFiles.Delete(recursive: true);

    [GeneratedRegex("(?:href|src)=\"((?:_content|_framework|Components)/[^\"]+)\"")]
    private static partial Regex AssetReference();
}
