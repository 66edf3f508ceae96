using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;

namespace Checkout.E2ETests.Security;

/// <summary>The whole purchase runs under the shop's CSP without a single violation (no inline script, no eval).</summary>
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
        Assert.All(policies, p => Assert.Contains("script-src 'self' 'nonce-", p, StringComparison.Ordinal));
    }
}
