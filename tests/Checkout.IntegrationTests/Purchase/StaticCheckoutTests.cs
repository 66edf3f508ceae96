using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Orders;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Purchase;

/// <summary>
/// The checkout as static SSR form posts, by a browser without JavaScript over real HTTP: messages per field, nothing
/// typed lost, antiforgery required, one order per attempt, and the payment link.
/// </summary>
public sealed class StaticCheckoutTests
{
    private const string Form = "form#checkout-form";

    private static async Task<(ShopBrowser Browser, CheckoutWebFactory App)> CartAsync(int performance)
    {
        var app = new CheckoutWebFactory();
        var browser = new ShopBrowser(app);
        await new ShopBuyer(app, browser).FillCartAsync(performance, 2);
        return (browser, app);
    }

    private static void Fill(List<KeyValuePair<string, string>> fields, string email, string first, string last, string phone = "", string zip = "")
    {
        fields.Set("Input.Buyer.Email", email);
        fields.Set("Input.Buyer.FirstName", first);
        fields.Set("Input.Buyer.LastName", last);
        fields.Set("Input.Buyer.Phone", phone);
        fields.Set("Input.Buyer.Zip", zip);
    }

    [Fact]
    public async Task Invalid_details_come_back_with_a_message_next_to_each_field_and_nothing_typed_is_lost()
    {
        var (browser, factory) = await CartAsync(SandboxDemoIds.MultiPerformanceFirst + 1);
        using var app = factory;
        using var shopper = browser;
        var page = await browser.PageAsync("/checkout");
        var fields = CheckoutForm.FieldsOf(page, Form);
        Fill(fields, "", "", "de Vries", phone: "12345", zip: "123 AB");
        fields.Set("Input.Action", "place");

        var (response, body) = await browser.PostAsync("/checkout", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = ShopBrowser.Parse(body);
        Assert.Equal("Vul je e-mailadres in.", shown.QuerySelector("#buyer-email-error")!.TextContent);
        Assert.Equal("Vul je voornaam in.", shown.QuerySelector("#buyer-firstname-error")!.TextContent);
        Assert.Null(shown.QuerySelector("#buyer-lastname-error"));
        Assert.Contains("06-12345678", shown.QuerySelector("#buyer-phone-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1234 AB", shown.QuerySelector("#buyer-zip-error")!.TextContent, StringComparison.Ordinal);
        var email = shown.QuerySelector("[data-testid=email]")!;
        Assert.Equal("true", email.GetAttribute("aria-invalid"));
        Assert.Contains("buyer-email-error", email.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.True(email.HasAttribute("autofocus"));
        Assert.Equal(4, shown.QuerySelectorAll("[data-testid=buyer-errors] li").Length);
        Assert.Equal("de Vries", shown.QuerySelector("[data-testid=lastname]")!.GetAttribute("value"));
        Assert.Empty(shown.QuerySelectorAll("[data-testid=payment-link]"));

        // Kept with the cart session: a fresh page request shows what was typed.
        var again = await browser.PageAsync("/checkout");
        Assert.Equal("de Vries", again.QuerySelector("[data-testid=lastname]")!.GetAttribute("value"));
        Assert.Equal("12345", again.QuerySelector("[data-testid=phone]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_orders_nothing()
    {
        var (browser, factory) = await CartAsync(SandboxDemoIds.MultiPerformanceFirst + 2);
        using var app = factory;
        using var shopper = browser;
        var page = await browser.PageAsync("/checkout");
        var fields = CheckoutForm.FieldsOf(page, Form);
        Fill(fields, "anna@example.nl", "Anna", "de Vries");
        fields.Set("Input.Action", "place");
        fields.RemoveAll(f => f.Key == "__RequestVerificationToken");

        var (response, body) = await browser.PostAsync("/checkout", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("payment-link", body, StringComparison.Ordinal);
        var again = await browser.PageAsync("/checkout");
        Assert.NotEmpty(again.QuerySelectorAll("[data-testid=place-order]"));
        Assert.Empty(again.QuerySelectorAll("[data-testid=payment-link]"));
    }

    [Fact]
    public async Task Placing_the_order_shows_the_payment_link_and_a_second_post_gets_the_same_order()
    {
        var (browser, factory) = await CartAsync(SandboxDemoIds.MultiPerformanceFirst + 3);
        using var app = factory;
        using var shopper = browser;
        var page = await browser.PageAsync("/checkout");
        var fields = CheckoutForm.FieldsOf(page, Form);
        Fill(fields, "anna@example.nl", "Anna", "de Vries", phone: "06-12345678", zip: "1234ab");
        fields.Set("Input.PaymentMethodId", SandboxDemoIds.Ideal.ToString(System.Globalization.CultureInfo.InvariantCulture));
        fields.Set("Input.Action", "place");

        // Two tabs (or a double click without JavaScript) posting the same attempt.
        var first = browser.PostAsync("/checkout", fields);
        var second = browser.PostAsync("/checkout", fields);
        var answers = await Task.WhenAll(first, second);

        var links = answers.Select(a =>
        {
            Assert.Equal(HttpStatusCode.OK, a.Response.StatusCode);
            var link = ShopBrowser.Parse(a.Body).QuerySelector("[data-testid=payment-link]")!;
            Assert.Equal("_top", link.GetAttribute("target"));
            return link.GetAttribute("href");
        }).ToList();
        Assert.Equal(links[0], links[1]);
        Assert.True(Uri.TryCreate(links[0], UriKind.Absolute, out _));
    }
}
