using Checkout.VoordeMensen.Connectivity;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>The connectivity probe against the sandbox over HTTP, configured the way VdM documents its base URL (…/v1/).</summary>
public sealed class ConnectivityOnSandboxTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_client_with_its_key_is_healthy()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        await using var library = LibraryOnSandbox.For(sandbox);

        var report = await library.Service<IVoordeMensenConnectivity>().CheckAsync("default", Ct);

        Assert.True(report.IsHealthy, string.Join("\n", report.Checks.Select(c => c.Message)));
        Assert.Equal(2, report.Checks.Count);
    }

    [Fact]
    public async Task A_client_name_the_sandbox_does_not_know_is_reported_as_unknown()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        await using var library = LibraryOnSandbox.For(sandbox, client: "stadsschouwburg");

        var report = await library.Service<IVoordeMensenConnectivity>().CheckAsync("default", Ct);

        Assert.Equal(VdmCheckStatus.ClientUnknown, report.Checks[0].Status);
        Assert.Contains("'stadsschouwburg'", report.Checks[0].Message, StringComparison.Ordinal);
        Assert.Contains("VoordeMensen:Client", report.Checks[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_without_being_printed()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        await using var library = LibraryOnSandbox.For(sandbox, apiKey: "not-the-demo-key");

        var report = await library.Service<IVoordeMensenConnectivity>().CheckAsync("default", Ct);

        Assert.True(report.Checks[0].IsOk);
        Assert.Equal(VdmCheckStatus.KeyRefused, report.Checks[1].Status);
        Assert.DoesNotContain("not-the-demo-key", report.Checks[1].Message, StringComparison.Ordinal);
    }
}
