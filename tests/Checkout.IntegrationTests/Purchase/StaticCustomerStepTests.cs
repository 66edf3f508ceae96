using System.Net;
using System.Text.RegularExpressions;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Orders;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;
using Checkout.Web.Features.Customers;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Purchase;

/// <summary>
/// "Bought from us before?" as form posts by a browser without JavaScript: the code request, a wrong code, and the
/// right one redirecting through the one-time ticket to a checkout filled from the customer record.
/// </summary>
public sealed partial class StaticCustomerStepTests
{
    private const string Known = SandboxDemoIds.KnownCustomerEmail;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_code_by_mail_verifies_the_visitor_through_the_ticket_and_fills_the_details()
    {
        using var app = new CheckoutWebFactory();
        using var browser = new ShopBrowser(app);
        await new ShopBuyer(app, browser).FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 7, 1);
        var page = await browser.PageAsync("/checkout");

        // On the checkout the step's fields and buttons join the checkout form.
        var lookup = CheckoutForm.FieldsOf(page, "form#checkout-form");
        lookup.Set("Code.Email", Known);
        lookup.Set("Code.Action", "lookup");
        var (sent, sentBody) = await browser.PostAsync("/checkout", lookup);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var codePage = ShopBrowser.Parse(sentBody);
        Assert.Contains(Known, codePage.QuerySelector("[data-testid=customer-code-sent]")!.TextContent, StringComparison.Ordinal);
        var code = await CodeSentToAsync(app, Known);

        var wrong = CheckoutForm.FieldsOf(codePage, "form#checkout-form");
        wrong.Set("Code.Code", code == "000000" ? "111111" : "000000");
        wrong.Set("Code.Action", "verify");
        var (refused, refusedBody) = await browser.PostAsync("/checkout", wrong);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("codewrong", ShopBrowser.Parse(refusedBody).QuerySelector("[data-testid=customer-problem]")!.GetAttribute("data-problem"));
        Assert.Null(ShopBrowser.Parse(refusedBody).QuerySelector("[data-testid=customer-verified]"));

        var right = CheckoutForm.FieldsOf(codePage, "form#checkout-form");
        right.Set("Code.Code", code);
        right.Set("Code.Action", "verify");
        var (verified, _) = await browser.PostAsync("/checkout", right);
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Contains("verified=", verified.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var (redeemed, _) = await browser.GetAsync(verified.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, redeemed.StatusCode);

        var filled = await browser.PageAsync("/checkout");
        Assert.NotNull(filled.QuerySelector("[data-testid=customer-verified]"));
        Assert.Equal(Known, filled.QuerySelector("[data-testid=email]")!.GetAttribute("value"));
        Assert.NotEmpty(filled.QuerySelector("[data-testid=lastname]")!.GetAttribute("value")!);
        Assert.NotEmpty(filled.QuerySelectorAll("[data-testid=summary-line]"));
    }

    // My tickets uses the same step as static posts: the code reloads My tickets (not the checkout) through the ticket,
    // and "this is not me" hides the orders again.
    [Fact]
    public async Task On_my_tickets_the_code_reloads_my_tickets_and_signing_out_hides_the_orders()
    {
        using var app = new CheckoutWebFactory();
        using var browser = new ShopBrowser(app);
        var page = await browser.PageAsync("/my-tickets");
        Assert.Null(page.QuerySelector("[data-testid=my-order]"));

        var lookup = CheckoutForm.FieldsOfForm(page, "customer-code");
        lookup.Set("Code.Email", Known);
        lookup.Set("Code.Action", "lookup");
        var (_, sentBody) = await browser.PostAsync("/my-tickets", lookup);
        var right = CheckoutForm.FieldsOfForm(ShopBrowser.Parse(sentBody), "customer-code");
        right.Set("Code.Code", await CodeSentToAsync(app, Known));
        right.Set("Code.Action", "verify");
        var (verified, _) = await browser.PostAsync("/my-tickets", right);
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        var reload = new Uri(new Uri("http://shop/"), verified.Headers.Location!);
        Assert.Equal("/my-tickets", reload.AbsolutePath);
        Assert.StartsWith("?verified=", reload.Query, StringComparison.Ordinal);
        await browser.GetAsync(verified.Headers.Location!.OriginalString);

        var mine = await browser.PageAsync("/my-tickets");
        Assert.Contains(Known, mine.QuerySelector("[data-testid=customer-verified]")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(mine.QuerySelectorAll("[data-testid=my-order]"));

        var (signedOut, _) = await browser.PostAsync("/my-tickets", CheckoutForm.FieldsOfForm(mine, "customer-signout"));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var after = await browser.PageAsync(signedOut.Headers.Location!.OriginalString);
        Assert.Empty(after.QuerySelectorAll("[data-testid=my-order]"));
        Assert.NotNull(after.QuerySelector("[data-testid=customer-lookup-email]"));
    }

    private static async Task<string> CodeSentToAsync(CheckoutWebFactory app, string email)
    {
        var mailbox = app.Services.GetRequiredService<DevelopmentMailbox>();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (mailbox.Mails.LastOrDefault(m => m.To == email) is { } mail)
            {
                return SixDigits().Match(mail.Subject + " " + mail.Body).Value;
            }

            await Task.Delay(100, Ct);
        }

        throw new InvalidOperationException($"No code was sent to {email}.");
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
