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




    // Declining posts the checkout form, so the typed details come along; the post itself (the token forgotten, the
    // details kept) is Checkout.IntegrationTests' StaticCheckoutDraftTests, where forms are bound.
    [Fact]
    public async Task The_venue_token_question_posts_the_checkout_form()
    {
        await FillCartAsync();
        var visitor = new ShopVisitor(ClientKeys.Default, VisitorId, null);
        await Services.GetRequiredService<PendingIdentityStore>().SaveAsync(visitor, new PendingIdentity(Known, Clock.GetUtcNow()), Cancel);
        var page = Render<CheckoutPage>();

        foreach (var (testId, value) in new[] { ("customer-continue-confirm", "confirm"), ("customer-continue-decline", "decline") })
        {
            var button = page.Find($"[data-testid={testId}]");
            Assert.Equal("checkout-form", button.GetAttribute("form"));
            Assert.Equal(("Code.Action", value), (button.GetAttribute("name"), button.GetAttribute("value")));
            Assert.True(button.HasAttribute("formnovalidate"));
            Assert.Null(button.Closest("form"));
        }
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
}
