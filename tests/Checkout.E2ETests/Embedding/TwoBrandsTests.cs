using Checkout.E2ETests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Embedding;

/// <summary>
/// Two clients of one deployment side by side: the default client (Dutch brand) and fringe under /fringe/ (English
/// brand), each in its own brand and language, at phone and desktop width. Screenshots go to
/// artifacts/screenshots/brands/ (docs/screenshots/brands/ holds the copies).
/// </summary>
public sealed class TwoBrandsTests(BrowserFixture browser, CheckoutAppFixture app)
{
    public static readonly string Folder = RepositoryRoot.Combine("artifacts", "screenshots", "brands");

    [Theory(Timeout = BrowserFixture.TestTimeoutMs)]
    [InlineData(360, 800)]
    [InlineData(1280, 900)]
    public async Task Each_client_shows_its_own_brand_and_language(int width, int height)
    {
        Directory.CreateDirectory(Folder);
        var session = await browser.NewSessionAsync(app.BaseAddress, o =>
        {
            o.ViewportSize = new ViewportSize { Width = width, Height = height };
            // A browser language the shop does not offer, so each client falls back to its own default language.
            o.Locale = "de-DE";
        });
        try
        {
            var page = session.Page;
            var second = await session.Context.NewPageAsync();

            await page.GotoAsync("/");
            await second.GotoAsync("/fringe/");

            await Expect(page.GetByTestId("brand-name")).ToHaveTextAsync("Stadsschouwburg De Ster");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Programma en kaarten");
            await Expect(second.GetByTestId("brand-name")).ToHaveTextAsync("Fringe Festival Utrecht");
            await Expect(second.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(second.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Programme and tickets");

            // Different themes: the app bars differ in colour.
            var ownBar = await page.Locator(".mud-appbar").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            var fringeBar = await second.Locator(".mud-appbar").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            Assert.NotEqual(ownBar, fringeBar);

            foreach (var (shot, name) in new[] { (page, "default-nl"), (second, "fringe-en") })
            {
                var path = Path.Combine(Folder, $"{name}-{width}.png");
                await shot.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
                Assert.True(new FileInfo(path).Length > 5_000, $"{path} looks empty.");
            }
        }
        finally
        {
            await session.CloseAsync(null);
        }
    }
}
