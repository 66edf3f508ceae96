using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;

namespace Checkout.E2ETests.Security;

/// <summary>
/// The whole purchase runs under the shop's CSP without a single violation (no inline script but the import map, no
/// eval), on the cached pages (hash) as on the interactive ones (nonce).
/// </summary>
public sealed class ContentSecurityPolicyTests(BrowserFixture browser, CheckoutAppFixture app) : BrowserTest(browser, app.BaseAddress)
{
    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task A_full_purchase_triggers_no_policy_violation()
    {
        var recorder = await CspViolationRecorder.AttachAsync(Context);
        var policies = new List<string>();
        Page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "document" && !response.Url.Contains("/sandbox/", StringComparison.Ordinal))
            {
                lock (policies)
                {
                    policies.Add(response.Headers.GetValueOrDefault("content-security-policy") ?? $"none on {response.Url}");
                }
            }
        };

        await new PurchaseDriver(Page).BuyAsync(SandboxDemoIds.MultiPerformanceFirst + 5, 1, Buyer.Unique());

        Assert.Empty(recorder.Violations);
        Assert.NotEmpty(policies);
        // Interactive pages admit the import map by a per-response nonce; the cached programme and event pages, which
        // every visitor gets byte for byte, by its hash. The browser saw no violation under either.
        Assert.All(policies, p => Assert.Matches("script-src 'self' '(nonce|sha256)-[^']+';", p));
        Assert.Contains(policies, p => p.Contains("'sha256-", StringComparison.Ordinal));
        Assert.Contains(policies, p => p.Contains("'nonce-", StringComparison.Ordinal));
    }
}
