using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Infrastructure.SelfTests;

/// <summary>Proves the browser plumbing independently of what the app renders.</summary>
public sealed class BrowserSelfTests(BrowserFixture browser, CheckoutAppFixture app) : BrowserTest(browser, app.BaseAddress)
{
    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Chromium_runs_page_scripts_and_clicks()
    {
        await Page.SetContentAsync("<button onclick=\"this.textContent = 'clicked'\">hi</button>");

        await Page.GetByRole(AriaRole.Button).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Button)).ToHaveTextAsync("clicked");
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Chromium_reaches_the_app_on_its_kestrel_port()
    {
        var response = await Page.GotoAsync("/");

        Assert.NotNull(response);
        Assert.True(response.Ok, $"GET / answered {response.Status}");
        Assert.Equal(app.BaseAddress.Authority, new Uri(response.Url).Authority);
    }
}
