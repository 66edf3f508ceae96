using Checkout.Web.Hosting.Health;

namespace Checkout.IntegrationTests.Operations;

/// <summary>
/// The operator's <c>check</c> command, run in-process as <c>dotnet Checkout.Web.dll check --key=value …</c> would run
/// it: one line per check naming the client and the key to fix, never the API key, exit code 1 on any failure.
/// </summary>
public sealed class CheckCommandTests
{
    private static async Task<(int Exit, string Output)> RunAsync(Dictionary<string, string?> settings)
    {
        // As the published Checkout.Web.dll names itself (the test host would be the entry assembly otherwise).
        string[] args = ["--contentRoot", RepositoryRoot.Path, "--environment", "Production", "--applicationName", "Checkout.Web", .. settings.Select(s => $"--{s.Key}={s.Value}")];
        using var output = new StringWriter();
        var exit = await CheckCommand.RunAsync(args, output);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task Against_the_embedded_sandbox_every_check_passes_and_the_exit_code_is_0()
    {
        var (exit, output) = await RunAsync([]);

        Assert.Equal(0, exit);
        Assert.Contains("OK   configuration: Every setting is valid.", output, StringComparison.Ordinal);
        Assert.Contains("OK   client default: VoordeMensen answers for client 'demo'", output, StringComparison.Ordinal);
        Assert.Contains("OK   client default: VoordeMensen accepts the Peppered API key of client 'demo'", output, StringComparison.Ordinal);
        Assert.Contains("checks passed.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("sandbox-demo-key", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_vdm_does_not_know_fails_naming_the_client_and_the_key_to_fix()
    {
        await using var vdm = await StubVdm.StartAsync(StubVdmMode.UnknownClient);

        var (exit, output) = await RunAsync(StubVdm.Settings(vdm.Root, demo: false));

        Assert.Equal(1, exit);
        Assert.Contains("FAIL client default: VoordeMensen does not know client 'stubvenue'", output, StringComparison.Ordinal);
        Assert.Contains("set VoordeMensen:Client", output, StringComparison.Ordinal);
        Assert.DoesNotContain(StubVdm.Key, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_key_fails_naming_the_api_key_setting_but_never_the_key()
    {
        await using var vdm = await StubVdm.StartAsync(StubVdmMode.KeyRefused);

        var (exit, output) = await RunAsync(StubVdm.Settings(vdm.Root, demo: false));

        Assert.Equal(1, exit);
        Assert.Contains("OK   client default: VoordeMensen answers for client 'stubvenue'", output, StringComparison.Ordinal);
        Assert.Contains("FAIL client default: VoordeMensen refused the Peppered API key of client 'stubvenue'", output, StringComparison.Ordinal);
        Assert.Contains("set VoordeMensen:ApiKey", output, StringComparison.Ordinal);
        Assert.DoesNotContain(StubVdm.Key, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vdm_that_is_down_fails_naming_the_base_url_setting()
    {
        var settings = StubVdm.Settings(StubVdm.DownRoot, demo: false);
        settings["VoordeMensen:AttemptTimeoutSeconds"] = "1";

        var (exit, output) = await RunAsync(settings);

        Assert.Equal(1, exit);
        Assert.Contains("FAIL client default: VoordeMensen could not be reached", output, StringComparison.Ordinal);
        Assert.Contains("check VoordeMensen:BaseUrl", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smtp_and_redis_that_do_not_answer_fail_with_their_settings()
    {
        var (exit, output) = await RunAsync(new()
        {
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = LoopbackPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Password"] = "smtp-secret-1234",
            ["Redis:Configuration"] = $"127.0.0.1:{LoopbackPort.Free()},password=redis-secret-5678,connectTimeout=500",
        });

        Assert.Equal(1, exit);
        Assert.Contains("FAIL smtp: The SMTP server 127.0.0.1:", output, StringComparison.Ordinal);
        Assert.Contains("FAIL redis: Redis 127.0.0.1:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("smtp-secret-1234", output, StringComparison.Ordinal);
        Assert.DoesNotContain("redis-secret-5678", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_setting_fails_with_the_validators_message_naming_the_key()
    {
        var (exit, output) = await RunAsync(new() { ["Shop:HoldMinutes"] = "999" });

        Assert.Equal(1, exit);
        Assert.Contains("FAIL configuration: Shop:HoldMinutes must be between 1 and 120 (got 999).", output, StringComparison.Ordinal);
    }
}
