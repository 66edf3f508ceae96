using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;
using Checkout.Sandbox.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Checkout.E2ETests.Security;

/// <summary>
/// A full purchase in a real browser with every HTTP response (status, headers, body) and every WebSocket frame of
/// the Blazor circuit (render batches decoded) captured: no Peppered key anywhere, no VdM cart id anywhere.
/// </summary>
public sealed partial class SecretScanTests(BrowserFixture browser, CheckoutAppFixture app) : BrowserTest(browser, app.BaseAddress)
{
    /// <summary>The least a purchase produces (pages, scripts, styles, circuit frames); cited in docs/security.md.</summary>
    public const int MinimumResponsesScanned = 25;

    private static readonly string[] Keys = ["sandbox-demo-key", "sandbox-fringe-key"];

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task A_full_purchase_sends_the_browser_no_key_and_no_cart_id()
    {
        var texts = new ConcurrentQueue<string>();
        var reads = new ConcurrentBag<Task>();
        var responses = 0;
        Page.Response += (_, response) =>
        {
            Interlocked.Increment(ref responses);
            reads.Add(CaptureAsync(response, texts));
        };
        Page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
        {
            Interlocked.Increment(ref responses);
            texts.Enqueue(frame.Text ?? Encoding.UTF8.GetString(frame.Binary ?? []));
            texts.Enqueue(frame.Text is { } text ? DecodeBase64(text) : "");
        };

        await new PurchaseDriver(Page).BuyAsync(SandboxDemoIds.MultiPerformanceFirst + 6, 2, Buyer.Unique());
        await Task.WhenAll(reads);

        List<string> cartIds;
        using (var store = app.Services.GetRequiredService<SandboxStore>().Enter(SandboxDemoIds.DemoClient))
        {
            cartIds = [.. store.Venue.Carts.Keys];
        }

        Assert.NotEmpty(cartIds);
        var secrets = Keys.SelectMany(k => new[] { k, Convert.ToBase64String(Encoding.UTF8.GetBytes(k + ":")), Convert.ToBase64String(Encoding.UTF8.GetBytes(k)) })
            .Concat(cartIds).ToList();
        foreach (var text in texts)
        {
            var leaked = secrets.FirstOrDefault(s => text.Contains(s, StringComparison.Ordinal));
            Assert.True(leaked is null, $"The browser received a secret: {text[..Math.Min(300, text.Length)]}");
        }

        Assert.True(responses >= MinimumResponsesScanned, $"only {responses} responses and frames scanned");
    }

    private static async Task CaptureAsync(IResponse response, ConcurrentQueue<string> texts)
    {
        var headers = await response.AllHeadersAsync();
        var body = "";
        try
        {
            body = await response.TextAsync();
        }
        catch (PlaywrightException)
        {
            // Redirects and aborted navigations have no body; their headers were captured.
        }

        texts.Enqueue($"{response.Status} {response.Url}\n{string.Join('\n', headers.Select(h => $"{h.Key}: {h.Value}"))}\n{body}");
    }

    /// <summary>Blazor's JSON hub protocol carries render batches as base64: decode every long base64 run.</summary>
    private static string DecodeBase64(string text)
    {
        var decoded = new StringBuilder();
        foreach (Match run in Base64Run().Matches(text))
        {
            try
            {
                decoded.Append(Encoding.UTF8.GetString(Convert.FromBase64String(run.Value))).Append('\n');
            }
            catch (FormatException)
            {
            }
        }

        return decoded.ToString();
    }

    [GeneratedRegex("[A-Za-z0-9+/]{16,}={0,2}")]
    private static partial Regex Base64Run();
}
