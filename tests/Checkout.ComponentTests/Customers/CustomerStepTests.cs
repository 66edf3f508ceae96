using System.Text.RegularExpressions;
using Bunit;
using Bunit.TestDoubles;
using Checkout.ComponentTests.Purchase;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered;
using Checkout.Web.Features.Customers;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Customers;

/// <summary>The e-mail step on the checkout page, over the fake VdM with Peppered on and one known customer.</summary>
public sealed partial class CustomerStepTests : CheckoutPageTestBase
{
    private const string Known = "visitor@example.com";

    public CustomerStepTests()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("checkout");
        Vdm.PepperedCartTimeOut = Clock.GetUtcNow().AddMinutes(15);
        Vdm.Customers.Add(new Customer(801, Known, "Jane", "Doe", new CustomerDetails
        {
            Address = "Kerkstraat", HouseNumber = "1", Zip = "1011 AB", City = "Amsterdam", Phone = "0612345678",
        }));
        Vdm.PepperedOrders.Add(new PepperedOrder
        {
            Id = 1, OrderKey = "AAAAA-BBBBB-CCCCC-DDDDD", CustomerId = 801, State = new OrderState(OrderStateKind.Regular, "ord"),
            PaymentStatus = PaymentStatus.Parse("paid"), OrderDate = Clock.GetUtcNow().AddDays(-3), Amount = 49m,
        });
        Vdm.PepperedOrders.Add(new PepperedOrder
        {
            Id = 2, OrderKey = "EEEEE-BBBBB-CCCCC-DDDDD", CustomerId = 802, State = new OrderState(OrderStateKind.Regular, "ord"),
            PaymentStatus = PaymentStatus.Parse("paid"), OrderDate = Clock.GetUtcNow().AddDays(-2), Amount = 12m,
        });
    }

    [Fact]
    public async Task Known_and_unknown_addresses_see_the_same_answer_and_nothing_is_prefilled()
    {
        var page = await RenderWithCartAsync();
        string Answer(string email)
        {
            Type(page, "customer-lookup-email", email);
            page.Find("[data-testid=customer-lookup]").Click();
            // Markup as the visitor gets it, minus the renderer's own event-handler and element ids.
            var html = RendererIds().Replace(page.Find("[data-testid=customer-step]").OuterHtml, "").Replace(email, "{email}", StringComparison.Ordinal);
            page.Find("[data-testid=customer-other-email]").Click();
            return html;
        }

        var known = Answer(Known);
        var unknown = Answer("nobody@example.com");

        Assert.Equal(known, unknown);
        Assert.Contains("6 cijfers", known, StringComparison.Ordinal);
        Assert.Equal("", ValueOf(page, "firstname"));
        Assert.Empty(page.FindAll("[data-testid=customer-orders]"));
        Assert.DoesNotContain(Vdm.Calls, c => c.StartsWith("Peppered.FindCustomer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_the_code_the_form_is_prefilled_and_the_customers_own_orders_show()
    {
        var page = await RenderWithCartAsync();

        Type(page, "customer-lookup-email", Known);
        page.Find("[data-testid=customer-lookup]").Click();
        Type(page, "customer-code", CodeSentTo(Known));
        page.Find("[data-testid=customer-verify]").Click();

        page.WaitForAssertion(() => Assert.Equal("Jane", ValueOf(page, "firstname")));
        // The page reloads through a one-time ticket: only an HTTP response can give the visitor its new id.
        AssertReloadedWithTicket();
        Assert.Equal(Known, (await SavedBuyerAsync())!.Email);
        Assert.Equal(Known, ValueOf(page, "email"));
        Assert.Equal("Doe", ValueOf(page, "lastname"));
        Assert.Equal("Kerkstraat 1", ValueOf(page, "address"));
        Assert.Equal("1011 AB", ValueOf(page, "zip"));
        Assert.Equal("Amsterdam", ValueOf(page, "city"));
        Assert.Contains(Known, page.Find("[data-testid=customer-verified]").TextContent, StringComparison.Ordinal);
        var order = Assert.Single(page.FindAll("[data-testid=customer-order]"));
        Assert.Equal("AAAAA-BBBBB-CCCCC-DDDDD", order.GetAttribute("data-order-key"));
        Assert.Equal("order/AAAAA-BBBBB-CCCCC-DDDDD", order.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Betaald", order.TextContent, StringComparison.Ordinal);

        // Editable, and the change can go back to the customer record.
        Type(page, "phone", "06-87654321");
        page.Find("[data-testid=customer-save]").Click();
        page.WaitForAssertion(() => Assert.Equal("updated", page.Find("[data-testid=customer-save-result]").GetAttribute("data-outcome")));
        Assert.Equal("0687654321", Vdm.Customers.Single().Details.Phone);
    }

    [Fact]
    public async Task A_venue_token_with_details_already_typed_asks_continue_as_and_changes_nothing_until_confirmed()
    {
        // Attack: a token link for someone else's address (mailed, or opened from another site) replaces what the
        // visitor typed, and the order goes to the token's address. The token's address waits for a question.
        await FillCartAsync();
        await Services.GetRequiredService<CheckoutService>().KeepBuyerAsync(new Buyer { Email = "anna@example.nl", FirstName = "Anna", LastName = "de Vries" }, Cancel);
        await Services.GetRequiredService<PendingIdentityStore>().SaveAsync(new ShopVisitor(ClientKeys.Default, VisitorId, null), new PendingIdentity(Known, Clock.GetUtcNow()), Cancel);
        var page = Render<CheckoutPage>();

        var question = page.Find("[data-testid=customer-continue]");
        Assert.Contains($"verder als {Known}", question.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("anna@example.nl", ValueOf(page, "email"));
        Assert.Equal("Anna", ValueOf(page, "firstname"));
        Assert.Empty(page.FindAll("[data-testid=customer-verified]"));
        Assert.Empty(page.FindAll("[data-testid=customer-orders]"));
        Assert.DoesNotContain(Vdm.Calls, c => c is "Peppered.FindCustomerByEmail" or "Peppered.ExportOrders");

        page.Find("[data-testid=customer-continue-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal("Jane", ValueOf(page, "firstname")));
        Assert.Equal(Known, ValueOf(page, "email"));
        Assert.Empty(page.FindAll("[data-testid=customer-continue]"));
        AssertReloadedWithTicket();
    }

    [Fact]
    public async Task Declining_a_venue_token_keeps_the_typed_details_and_forgets_the_token()
    {
        await FillCartAsync();
        await Services.GetRequiredService<CheckoutService>().KeepBuyerAsync(new Buyer { Email = "anna@example.nl", FirstName = "Anna", LastName = "de Vries" }, Cancel);
        var visitor = new ShopVisitor(ClientKeys.Default, VisitorId, null);
        await Services.GetRequiredService<PendingIdentityStore>().SaveAsync(visitor, new PendingIdentity(Known, Clock.GetUtcNow()), Cancel);
        var page = Render<CheckoutPage>();

        page.Find("[data-testid=customer-continue-decline]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=customer-continue]")));
        Assert.Equal("Anna", ValueOf(page, "firstname"));
        Assert.Null(await Services.GetRequiredService<PendingIdentityStore>().GetAsync(visitor, Cancel));
        Assert.Single(Services.GetRequiredService<BunitNavigationManager>().History);
    }

    [Fact]
    public async Task Checkout_renders_of_one_verified_customer_download_their_orders_once()
    {
        // Attack: reloading the checkout downloaded every Peppered order of two years, each time.
        await FillCartAsync();
        await Services.GetRequiredService<VerifiedIdentityStore>().SaveAsync(new ShopVisitor(ClientKeys.Default, VisitorId, null),
            new VerifiedIdentity(Known, 801, new CustomerProfile("Jane", "Doe", null, null, null, null), Clock.GetUtcNow()), Cancel);

        for (var render = 0; render < 4; render++)
        {
            var page = Render<CheckoutPage>();
            page.WaitForAssertion(() => Assert.Equal("AAAAA-BBBBB-CCCCC-DDDDD", Assert.Single(page.FindAll("[data-testid=customer-order]")).GetAttribute("data-order-key")));
        }

        Assert.Equal(1, Vdm.Calls.Count(c => c == "Peppered.ExportOrders"));
    }

    [Fact]
    public async Task Peppered_validation_errors_on_save_show_next_to_the_fields_and_keep_the_form()
    {
        const string newcomer = "newcomer@example.nl";
        var page = await RenderWithCartAsync();
        Type(page, "customer-lookup-email", newcomer);
        page.Find("[data-testid=customer-lookup]").Click();
        Type(page, "customer-code", CodeSentTo(newcomer));
        page.Find("[data-testid=customer-verify]").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=customer-verified]")));
        Type(page, "firstname", "Nina");
        Type(page, "lastname", "Nieuw");
        // Meanwhile the box office registered the same address: VdM refuses the create with a 422 on "email".
        Vdm.Customers.Add(new Customer(950, newcomer, "Nina", "Nieuw", CustomerDetails.None));

        page.Find("[data-testid=customer-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("invalid", page.Find("[data-testid=customer-save-result]").GetAttribute("data-outcome")));
        Assert.Contains("already been taken", page.Find("#buyer-email-error").TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.Find("[data-testid=email]").GetAttribute("aria-invalid"));
        Assert.Equal("Nina", ValueOf(page, "firstname"));
    }

    [Fact]
    public async Task A_wrong_code_says_so_and_shows_nothing()
    {
        var page = await RenderWithCartAsync();
        Type(page, "customer-lookup-email", Known);
        page.Find("[data-testid=customer-lookup]").Click();
        var code = CodeSentTo(Known);

        Type(page, "customer-code", code == "123456" ? "654321" : "123456");
        page.Find("[data-testid=customer-verify]").Click();

        Assert.Equal("codewrong", page.Find("[data-testid=customer-problem]").GetAttribute("data-problem"));
        Assert.Equal("", ValueOf(page, "firstname"));
        Assert.Empty(page.FindAll("[data-testid=customer-verified]"));
    }

    [Fact]
    public async Task Too_many_lookups_get_a_clear_message()
    {
        var page = await RenderWithCartAsync();
        for (var i = 0; i < 3; i++)
        {
            Type(page, "customer-lookup-email", Known);
            page.Find("[data-testid=customer-lookup]").Click();
            page.Find("[data-testid=customer-other-email]").Click();
        }

        Type(page, "customer-lookup-email", Known);
        page.Find("[data-testid=customer-lookup]").Click();

        var problem = page.Find("[data-testid=customer-problem]");
        Assert.Equal("limited", problem.GetAttribute("data-problem"));
        Assert.Contains("Te veel pogingen", problem.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_step_leads_to_my_tickets()
    {
        var page = await RenderWithCartAsync();

        Assert.Equal("my-tickets", page.Find("[data-testid=customer-step] [data-testid=my-tickets-link]").GetAttribute("href"));
    }

    [Fact]
    public async Task A_verified_customer_is_led_to_my_tickets_too()
    {
        await Services.GetRequiredService<VerifiedIdentityStore>().SaveAsync(new ShopVisitor(ClientKeys.Default, VisitorId, null),
            new VerifiedIdentity(Known, 801, new CustomerProfile("Jane", "Doe", null, null, null, null), Clock.GetUtcNow()), Cancel);

        var page = await RenderWithCartAsync();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=customer-verified]")));
        Assert.Equal("my-tickets", page.Find("[data-testid=customer-step] [data-testid=my-tickets-link]").GetAttribute("href"));
    }

    [Fact]
    public async Task Without_a_Peppered_key_the_step_is_not_offered()
    {
        Vdm.PepperedCartTimeOut = null;

        var page = await RenderWithCartAsync();

        Assert.Empty(page.FindAll("[data-testid=customer-step]"));
        Assert.NotEmpty(page.FindAll("[data-testid=email]"));
    }

    private void AssertReloadedWithTicket()
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        Assert.StartsWith("http://localhost/checkout?verified=", navigation.Uri, StringComparison.Ordinal);
        Assert.True(navigation.History.First().Options.ForceLoad);
        Assert.Equal(2, navigation.History.Count);
    }

    private string CodeSentTo(string email)
    {
        var reader = Services.GetRequiredService<MailOutbox>().Reader;
        string? code = null;
        while (reader.TryRead(out var mail))
        {
            if (mail.To == email)
            {
                code = SixDigits().Match(mail.Subject).Value;
            }
        }

        return code ?? throw new InvalidOperationException($"No code was sent to {email}.");
    }

    [GeneratedRegex(@"\s(blazor:\w+|id|for|aria-describedby)=""[^""]*""")]
    private static partial Regex RendererIds();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
