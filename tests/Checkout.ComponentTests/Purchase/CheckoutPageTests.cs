using Bunit;
using Checkout.Tests.Shared.Fakes;
using Checkout.Web.Components.Shared;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Purchase;

public sealed class CheckoutPageTests : CheckoutPageTestBase
{
    [Fact]
    public void An_empty_cart_sends_the_visitor_to_the_programme()
    {
        var page = Render<CheckoutPage>();

        var empty = page.Find("[data-testid=checkout-empty]");
        Assert.Contains("Je winkelmandje is leeg", empty.TextContent, StringComparison.Ordinal);
        Assert.Equal("./", empty.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=place-order]"));
        Assert.DoesNotContain("GetPaymentMethods", Vdm.Calls);
    }

    [Fact]
    public async Task An_expired_selection_links_to_the_cart_to_reserve_again()
    {
        var store = Services.GetRequiredService<CartSessionStore>();
        await store.SaveAsync(new ShopVisitor(ClientKeys.Default, VisitorId, null), CartSession.Empty with
        {
            Selection = [new TicketSelection(DemoCatalog.Performance, DemoCatalog.Standard, 2)],
        }, Cancel);

        var page = Render<CheckoutPage>();

        var expired = page.Find("[data-testid=checkout-expired]");
        Assert.Contains("verlopen", expired.TextContent, StringComparison.Ordinal);
        Assert.Equal("cart", expired.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=place-order]"));
    }

    [Fact]
    public async Task Shows_the_cart_without_asking_VdM_for_it_again()
    {
        await FillCartAsync();
        Vdm.Calls.Clear();

        var page = Render<CheckoutPage>();

        Assert.Equal(2, page.FindAll("[data-testid=summary-line]").Count);
        Assert.Contains("Hamlet", page.Find(".order-summary").TextContent, StringComparison.Ordinal);
        Assert.Contains("Standaard", page.Find("[data-testid=summary-line]").TextContent, StringComparison.Ordinal);
        Assert.Equal(Formats.Money(49.00m), page.Find("[data-testid=checkout-subtotal]").TextContent);
        Assert.DoesNotContain("GetCart", Vdm.Calls);
    }

    [Fact]
    public async Task Prefills_the_details_the_visitor_typed_before()
    {
        var store = Services.GetRequiredService<CartSessionStore>();
        await FillCartAsync();
        var session = await store.GetAsync(new ShopVisitor(ClientKeys.Default, VisitorId, null), Cancel);
        await store.SaveAsync(new ShopVisitor(ClientKeys.Default, VisitorId, null), session with
        {
            Buyer = new Buyer { Email = "piet@example.nl", FirstName = "Piet", LastName = "Jansen", Zip = "1234 AB", City = "Zwolle" },
        }, Cancel);

        var page = Render<CheckoutPage>();

        Assert.Equal("piet@example.nl", ValueOf(page, "email"));
        Assert.Equal("Piet", ValueOf(page, "firstname"));
        Assert.Equal("Jansen", ValueOf(page, "lastname"));
        Assert.Equal("", ValueOf(page, "phone"));
        Assert.Equal("1234 AB", ValueOf(page, "zip"));
        Assert.Equal("Zwolle", ValueOf(page, "city"));
    }

    [Fact]
    public async Task Every_input_is_labelled_and_autocompletes()
    {
        var page = await RenderWithCartAsync();

        foreach (var (testId, autocomplete) in new[]
        {
            ("email", "email"), ("firstname", "given-name"), ("lastname", "family-name"), ("phone", "tel"),
            ("address", "street-address"), ("zip", "postal-code"), ("city", "address-level2"),
        })
        {
            var input = page.Find($"[data-testid={testId}]");
            Assert.Equal(autocomplete, input.GetAttribute("autocomplete"));
            Assert.NotEmpty(page.Find($"label[for={input.Id}]").TextContent.Trim());
        }
    }

    [Fact]
    public async Task Consent_boxes_start_unticked()
    {
        var page = await RenderWithCartAsync();

        Assert.False(IsChecked(page, "[data-testid=avg-optin]"));
        Assert.False(IsChecked(page, "[data-testid=avg-mailinglist]"));
        Assert.Contains("op de hoogte", page.Find("label:has([data-testid=avg-optin])").TextContent, StringComparison.Ordinal);
        Assert.Contains("nieuwsbrief", page.Find("label:has([data-testid=avg-mailinglist])").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_the_payment_methods_with_their_costs_and_preselects_the_first()
    {
        var page = await RenderWithCartAsync();

        var methods = page.FindAll("[data-testid=payment-method]");
        Assert.Equal(["33", "34"], methods.Select(m => m.GetAttribute("data-payment-id")));
        Assert.Contains("iDEAL", methods[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("geen extra kosten", methods[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Creditcard", methods[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("+ " + Formats.Money(1.50m), methods[1].TextContent, StringComparison.Ordinal);
        Assert.True(IsChecked(page, "[data-payment-id='33'] input[type=radio]"));
        Assert.False(IsChecked(page, "[data-payment-id='34'] input[type=radio]"));
        Assert.Equal(Formats.Money(49.00m), page.Find("[data-testid=checkout-total]").TextContent);
    }

    [Fact]
    public async Task Each_method_says_the_total_it_makes_and_carries_it_for_the_summary()
    {
        var page = await RenderWithCartAsync();

        var card = page.Find("[data-payment-id='34']");
        Assert.Contains("totaal " + Formats.Money(50.50m), card.TextContent, StringComparison.Ordinal);
        var radio = card.QuerySelector("input[type=radio]")!;
        Assert.Equal("Input.PaymentMethodId", radio.GetAttribute("name"));
        Assert.Equal(Formats.Money(50.50m), radio.GetAttribute("data-total"));
        Assert.Equal(Formats.Money(1.50m), radio.GetAttribute("data-cost"));
        Assert.Equal("polite", page.Find("[data-testid=checkout-total]").GetAttribute("aria-live"));
    }

    [Fact]
    public async Task The_details_payment_method_and_buttons_are_one_form_posting_with_antiforgery()
    {
        var page = await RenderWithCartAsync();

        var form = page.Find("form#checkout-form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("[data-testid=email]"));
        Assert.NotNull(form.QuerySelector("[data-testid=payment-method] input"));
        var place = page.Find("[data-testid=place-order]");
        Assert.Equal("submit", place.GetAttribute("type"));
        Assert.Equal("checkout-form", place.GetAttribute("form"));
        Assert.Equal("place", place.GetAttribute("value"));
        Assert.Equal("Bezig…", place.GetAttribute("data-busy-text"));
        Assert.Empty(page.FindAll("[data-testid=payment-link]"));
    }
}
