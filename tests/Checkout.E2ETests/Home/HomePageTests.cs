using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Home;

public sealed class HomePageTests(BrowserFixture browser, CheckoutAppFixture app) : BrowserTest(browser, app.BaseAddress)
{
    [Fact]
    public async Task Home_page_shows_the_default_brand_and_becomes_interactive()
    {
        var brandName = app.Configuration["Brand:Name"];
        Assert.False(string.IsNullOrWhiteSpace(brandName), "appsettings.json sets no Brand:Name for the default client.");
        var home = new HomePage(Page);

        await home.GotoAsync("/");
        await Expect(home.BrandName).ToContainTextAsync(brandName);
        await home.WaitForInteractiveAsync();

        await Expect(home.InteractiveMarker).ToHaveAttributeAsync("data-interactive", "true");
    }
}
