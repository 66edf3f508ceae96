using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;

namespace Checkout.E2ETests.Accessibility;

/// <summary>axe-core (WCAG 2.0/2.1/2.2 A and AA rules) finds nothing on any step of a purchase, in both languages.</summary>
public sealed class AccessibilityTests(BrowserFixture browser, CheckoutAppFixture app)
{
    [Theory(Timeout = BrowserFixture.TestTimeoutMs)]
    [InlineData("nl-NL", 6)]
    [InlineData("en-GB", 7)]
    public async Task Every_step_of_a_purchase_has_no_axe_violations(string locale, int performanceOffset)
    {
        var session = await browser.NewSessionAsync(app.BaseAddress, o => o.Locale = locale);
        var findings = new List<string>();
        var steps = new List<string>();
        try
        {
            var flow = new PurchaseDriver(session.Page, async step =>
            {
                // The payment page is the sandbox's stand-in for VdM's provider, not part of the shop.
                if (step == "payment")
                {
                    return;
                }

                steps.Add(step);
                findings.AddRange(await AxeRules.ViolationsAsync(session.Page, step));
            });

            await flow.BuyAsync(SandboxDemoIds.MultiPerformanceFirst + performanceOffset, 1, Buyer.Unique());
        }
        finally
        {
            await session.CloseAsync(findings.Count > 0 ? TraceFiles.PathFor($"axe-{locale}") : null);
        }

        Assert.Equal(["programme", "event", "cart", "checkout", "status-paid"], steps);
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }
}
