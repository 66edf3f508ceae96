using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;
using Microsoft.Playwright;

namespace Checkout.E2ETests.Flow;

/// <summary>
/// Screenshots of every step of a purchase on a phone (360 px) and a desktop (1280 px), written to
/// artifacts/screenshots/ (docs/screenshots/ holds the copies shown in the README).
/// </summary>
public sealed class FlowScreenshotTests(BrowserFixture browser, CheckoutAppFixture app)
{
    public static readonly string Folder = RepositoryRoot.Combine("artifacts", "screenshots");

    [Theory(Timeout = BrowserFixture.TestTimeoutMs)]
    [InlineData(360, 800)]
    [InlineData(1280, 900)]
    public async Task Every_step_of_a_purchase_is_captured(int width, int height)
    {
        Directory.CreateDirectory(Folder);
        var session = await browser.NewSessionAsync(app.BaseAddress, o => o.ViewportSize = new ViewportSize { Width = width, Height = height });
        var taken = new List<string>();
        try
        {
            var flow = new PurchaseDriver(session.Page, async step =>
            {
                var path = Path.Combine(Folder, $"{step}-{width}.png");
                await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
                taken.Add(path);
            });

            await flow.BuyAsync(SandboxDemoIds.MultiPerformanceFirst + 1, 2, Buyer.Unique());
        }
        finally
        {
            await session.CloseAsync(null);
        }

        Assert.Equal(["programme", "event", "cart", "checkout", "payment", "status-paid"],
            taken.Select(p => Path.GetFileNameWithoutExtension(p)[..^($"-{width}".Length)]));
        Assert.All(taken, p => Assert.True(new FileInfo(p).Length > 5_000, $"{p} looks empty."));
    }
}
