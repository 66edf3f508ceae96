using System.Net;
using AngleSharp.Dom;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Orders;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;
using Checkout.Web.Features.Customers;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Purchase;

/// <summary>
/// Details typed on the checkout and not yet sent survive the page's other buttons, by a browser without JavaScript:
/// the extend button and the customer step join the checkout form, so their post carries what was typed; it is kept
/// with the visitor's cart session and never checked (no messages for fields the visitor has not finished).
/// </summary>
public sealed class StaticCheckoutDraftTests
{
    private const string Form = "form#checkout-form";

    private static List<KeyValuePair<string, string>> Typed(IDocument page)
    {
        var fields = CheckoutForm.FieldsOf(page, Form);
        fields.Set("Input.Buyer.Email", "anna@exam");
        fields.Set("Input.Buyer.FirstName", "Anna");
        fields.Set("Input.Buyer.LastName", "");
        fields.Set("Input.Buyer.Zip", "12");
        fields.Set("Input.Buyer.ContactOptIn", "true");
        return fields;
    }

    private static void AssertStillTyped(IDocument page)
    {
        Assert.Equal("anna@exam", page.QuerySelector("[data-testid=email]")!.GetAttribute("value"));
        Assert.Equal("Anna", page.QuerySelector("[data-testid=firstname]")!.GetAttribute("value"));
        Assert.Equal("12", page.QuerySelector("[data-testid=zip]")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("[data-testid=avg-optin]")!.HasAttribute("checked"));
        Assert.Null(page.QuerySelector("[data-testid=buyer-errors]"));
        Assert.Empty(page.QuerySelectorAll(".buyer-error"));
        Assert.Empty(page.QuerySelectorAll("[aria-invalid=true]"));
    }

    [Fact]
    public async Task Extending_the_hold_keeps_the_typed_details_without_checking_them()
    {
        var clock = new ShiftedClock();
        using var app = new CheckoutWebFactory { ExtraServices = s => s.AddSingleton<TimeProvider>(clock) };
        using var browser = new ShopBrowser(app);
        await new ShopBuyer(app, browser).FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 1, 1);
        clock.Advance(TimeSpan.FromMinutes(11));
        var page = await browser.PageAsync("/checkout");
        var fields = Typed(page);
        fields.Set("Input.Action", "renew");

        var (response, body) = await browser.PostAsync("/checkout", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = ShopBrowser.Parse(body);
        Assert.Equal("15:00", shown.QuerySelector("[data-testid=cart-timer]")!.TextContent.Trim());
        AssertStillTyped(shown);
        AssertStillTyped(await browser.PageAsync("/checkout"));

        // The draft is this visitor's: another visitor's checkout and the cached pages show none of it.
        using var other = new ShopBrowser(app);
        await new ShopBuyer(app, other).FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 1, 1);
        var theirs = await other.PageAsync("/checkout");
        Assert.Equal("", theirs.QuerySelector("[data-testid=email]")!.GetAttribute("value") ?? "");
        Assert.Equal("", theirs.QuerySelector("[data-testid=firstname]")!.GetAttribute("value") ?? "");
        foreach (var cached in new[] { "/", $"/event/{SandboxDemoIds.MultiPerformanceFirst + 1}" })
        {
            Assert.DoesNotContain("anna@exam", (await browser.GetAsync(cached)).Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Asking_for_a_code_keeps_the_typed_details_without_checking_them()
    {
        using var app = new CheckoutWebFactory();
        using var browser = new ShopBrowser(app);
        await new ShopBuyer(app, browser).FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 2, 1);
        var page = await browser.PageAsync("/checkout");
        Assert.Equal("checkout-form", page.QuerySelector("[data-testid=customer-lookup]")!.GetAttribute("form"));
        Assert.True(page.QuerySelector("[data-testid=customer-lookup]")!.HasAttribute("formnovalidate"));
        var fields = Typed(page);
        fields.Set("Code.Email", SandboxDemoIds.KnownCustomerEmail);
        fields.Set("Code.Action", "lookup");

        var (response, body) = await browser.PostAsync("/checkout", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = ShopBrowser.Parse(body);
        Assert.NotNull(shown.QuerySelector("[data-testid=customer-code-sent]"));
        AssertStillTyped(shown);

        // "Other address" from the code step: the details come along again.
        var other = Typed(shown);
        other.Set("Code.Action", "other");
        var (back, backBody) = await browser.PostAsync("/checkout", other);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        var again = ShopBrowser.Parse(backBody);
        Assert.NotNull(again.QuerySelector("[data-testid=customer-lookup-email]"));
        AssertStillTyped(again);
        AssertStillTyped(await browser.PageAsync("/checkout"));
    }

    [Fact]
    public async Task Enter_in_a_field_without_javascript_keeps_the_details_and_places_nothing()
    {
        using var app = new CheckoutWebFactory();
        using var browser = new ShopBrowser(app);
        await new ShopBuyer(app, browser).FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 3, 1);
        var page = await browser.PageAsync("/checkout");
        // The form's default button (the first in document order that belongs to it) is the one Enter presses.
        var first = page.QuerySelectorAll("button[type=submit]")
            .First(b => b.GetAttribute("form") == "checkout-form" || b.Closest(Form) is not null);
        Assert.Equal(("Input.Action", "keep"), (first.GetAttribute("name"), first.GetAttribute("value")));
        var fields = Typed(page);
        fields.Set("Input.Action", "keep");

        var (response, body) = await browser.PostAsync("/checkout", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = ShopBrowser.Parse(body);
        AssertStillTyped(shown);
        Assert.Empty(shown.QuerySelectorAll("[data-testid=payment-link]"));
    }

    [Fact]
    public async Task Declining_a_venue_token_keeps_the_typed_details_and_forgets_the_token()
    {
        using var app = new CheckoutWebFactory();
        using var browser = new ShopBrowser(app);
        var buyer = new ShopBuyer(app, browser);
        await buyer.FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 4, 1);
        using var scope = buyer.VisitorScope();
        var visitor = new ShopVisitor(ClientKeys.Default, scope.ServiceProvider.GetRequiredService<CurrentVisitor>().RequiredId, null);
        var pending = scope.ServiceProvider.GetRequiredService<PendingIdentityStore>();
        await pending.SaveAsync(visitor, new PendingIdentity(SandboxDemoIds.KnownCustomerEmail, DateTimeOffset.UtcNow), TestContext.Current.CancellationToken);
        var page = await browser.PageAsync("/checkout");
        Assert.NotNull(page.QuerySelector("[data-testid=customer-continue]"));
        var fields = Typed(page);
        fields.Set("Code.Action", "decline");

        var (response, body) = await browser.PostAsync("/checkout", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = ShopBrowser.Parse(body);
        Assert.Null(shown.QuerySelector("[data-testid=customer-continue]"));
        AssertStillTyped(shown);
        Assert.Null(await pending.GetAsync(visitor, TestContext.Current.CancellationToken));
        AssertStillTyped(await browser.PageAsync("/checkout"));
    }
}
