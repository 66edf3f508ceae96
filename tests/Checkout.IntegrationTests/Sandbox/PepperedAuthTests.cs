using System.Net;

namespace Checkout.IntegrationTests.Sandbox;

public sealed class PepperedAuthTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("Bearer sandbox-demo-key")]
    [InlineData("sandbox-fringe-key")]
    public async Task Missing_or_wrong_keys_are_401(string? authorization)
    {
        await using var host = await SandboxHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/demo/peppered/paymentmethods");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        using var response = await host.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unauthenticated.", (await SandboxHost.Read(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Raw_and_basic_keys_are_accepted()
    {
        await using var host = await SandboxHost.StartAsync();

        var raw = await new PepperedClient(host).Get("paymentmethods");
        var basic = await new PepperedClient(host, PepperedClient.Basic("sandbox-demo-key")).Get("paymentmethods");

        WireShape.AssertMatches($"[{PepperedExamples.PaymentMethod}]", raw);
        Assert.Equal(raw.GetRawText(), basic.GetRawText());
    }

    [Fact]
    public async Task Keys_come_from_configuration()
    {
        await using var host = await SandboxHost.StartAsync(new() { ["Sandbox:Clients:demo:ApiKey"] = "rotated" });

        using var old = await new PepperedClient(host).Send(HttpMethod.Get, "hall");
        var rotated = await new PepperedClient(host, "rotated").Get("hall");

        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        WireShape.AssertMatches($"[{PepperedExamples.Hall}]", rotated);
    }
}
