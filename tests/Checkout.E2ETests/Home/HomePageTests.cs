using Microsoft.Playwright;
using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Home;

public sealed class HomePageTests(BrowserFixture browser, CheckoutAppFixture app) : BrowserTest(browser, app.BaseAddress)
{
    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Home_page_shows_the_default_brand_as_a_static_page_without_a_circuit()
    {
        var brandName = app.Configuration["Brand:Name"];
        Assert.False(string.IsNullOrWhiteSpace(brandName), "appsettings.json sets no Brand:Name for the default client.");
        var home = new HomePage(Page);

        await home.GotoAsync("/");
        await Expect(home.BrandName).ToContainTextAsync(brandName);

        await Expect(home.InteractiveMarker).ToHaveAttributeAsync("data-interactive", "false");
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Home_page_lists_the_sandbox_programme_over_real_http_without_unsellable_performances()
    {
        var home = new HomePage(Page);

        await home.GotoAsync("/");

        await Expect(home.EventCard(SandboxDemoIds.MultiPerformanceFirst)).ToBeVisibleAsync();
        Assert.True(await home.EventCards.CountAsync() >= 20, "The demo programme should list its published performances.");
        await Expect(home.EventCard(SandboxDemoIds.NoSale)).ToHaveCountAsync(0);
        await Expect(home.EventCard(SandboxDemoIds.Unpublished)).ToHaveCountAsync(0);
        await Expect(home.EventCard(SandboxDemoIds.MultiPerformanceFirst).GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"event/{SandboxDemoIds.MultiPerformanceFirst}");
    }
}
