using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Orders;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Purchase;

/// <summary>The cart page's changes as form posts by a browser without JavaScript: remove, donation, extend.</summary>
public sealed class StaticCartTests
{
    [Fact]
    public async Task Removing_a_ticket_and_choosing_a_donation_are_posts_that_show_the_changed_cart()
    {
        using var app = new CheckoutWebFactory();
        using var browser = new ShopBrowser(app);
        await new ShopBuyer(app, browser).FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 4, 2);
        var page = await browser.PageAsync("/cart");
        Assert.Equal(2, page.QuerySelectorAll("[data-testid=cart-line]").Length);

        var removing = CheckoutForm.FieldsOfForm(page, "cart-change");
        removing.Set("Change.Remove", page.QuerySelector("[data-testid=cart-line-remove]")!.GetAttribute("value")!);
        var (removed, removedBody) = await browser.PostAsync("/cart", removing);

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        var afterRemove = ShopBrowser.Parse(removedBody);
        Assert.Single(afterRemove.QuerySelectorAll("[data-testid=cart-line]"));
        Assert.Contains("verwijderd", afterRemove.QuerySelector("[data-testid=cart-notice]")!.TextContent, StringComparison.Ordinal);

        var donating = CheckoutForm.FieldsOfForm(afterRemove, "cart-change");
        donating.Set("Change.Donation", "5");
        var (donated, donatedBody) = await browser.PostAsync("/cart", donating);

        Assert.Equal(HttpStatusCode.OK, donated.StatusCode);
        var afterDonation = ShopBrowser.Parse(donatedBody);
        Assert.NotNull(afterDonation.QuerySelector("[data-testid=donation-line]"));
        Assert.Equal("true", afterDonation.QuerySelector("[data-testid=donation-amount][data-amount='5']")!.GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task A_donation_that_is_not_offered_changes_nothing()
    {
        using var app = new CheckoutWebFactory();
        using var browser = new ShopBrowser(app);
        await new ShopBuyer(app, browser).FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 5, 1);
        var page = await browser.PageAsync("/cart");

        var fields = CheckoutForm.FieldsOfForm(page, "cart-change");
        fields.Set("Change.Donation", "1000");
        var (response, body) = await browser.PostAsync("/cart", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(ShopBrowser.Parse(body).QuerySelector("[data-testid=donation-line]"));
    }

    [Fact]
    public async Task In_the_last_five_minutes_the_extend_form_renews_the_hold()
    {
        var clock = new ShiftedClock();
        using var app = new CheckoutWebFactory { ExtraServices = s => s.AddSingleton<TimeProvider>(clock) };
        using var browser = new ShopBrowser(app);
        await new ShopBuyer(app, browser).FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 6, 1);
        clock.Advance(TimeSpan.FromMinutes(11));
        var page = await browser.PageAsync("/checkout");
        var renew = page.QuerySelector("[data-hold-renew]")!;
        Assert.False(renew.HasAttribute("hidden"));

        // On the checkout the extend button joins the checkout form.
        Assert.Equal("checkout-form", renew.QuerySelector("[data-testid=cart-renew]")!.GetAttribute("form"));
        var fields = CheckoutForm.FieldsOf(page, "form#checkout-form");
        fields.Set("Input.Action", "renew");
        var (response, body) = await browser.PostAsync("/checkout", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var renewed = ShopBrowser.Parse(body);
        Assert.Equal("15:00", renewed.QuerySelector("[data-testid=cart-timer]")!.TextContent.Trim());
        Assert.NotEmpty(renewed.QuerySelectorAll("[data-testid=place-order]"));
    }
}
