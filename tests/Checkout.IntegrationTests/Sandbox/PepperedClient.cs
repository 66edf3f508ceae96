using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>Peppered calls with the demo key sent raw, as the web app's auth handler does by default.</summary>
internal sealed class PepperedClient(SandboxHost host, string key = "sandbox-demo-key")
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task<HttpResponseMessage> Send(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, $"v1/demo/peppered/{path}");
        request.Headers.TryAddWithoutValidation("Authorization", key);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return await host.Http.SendAsync(request, Ct);
    }

    public async Task<JsonElement> Get(string path) => await Ok(await Send(HttpMethod.Get, path));

    public async Task<JsonElement> Post(string path, object? body = null) => await Ok(await Send(HttpMethod.Post, path, body));

    public static string Basic(string key) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(key + ":"));

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
            return await SandboxHost.Read(response);
        }
    }
}
