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
    public async Task Invalid_details_show_Dutch_messages_focus_a_field_and_send_nothing()
    {
        var page = await RenderWithCartAsync();
        Type(page, "phone", "12345");
        Type(page, "zip", "123 AB");

        PlaceOrder(page);

        page.WaitForAssertion(() =>
        {
            Assert.Equal("Vul je e-mailadres in.", page.Find("#buyer-email-error").TextContent);
            Assert.Equal("Vul je voornaam in.", page.Find("#buyer-firstname-error").TextContent);
            Assert.Equal("Vul je achternaam in.", page.Find("#buyer-lastname-error").TextContent);
            Assert.StartsWith("Dit telefoonnummer klopt niet", page.Find("#buyer-phone-error").TextContent, StringComparison.Ordinal);
            Assert.StartsWith("Deze postcode klopt niet", page.Find("#buyer-zip-error").TextContent, StringComparison.Ordinal);
        });
        var email = page.Find("[data-testid=email]");
        Assert.Equal("true", email.GetAttribute("aria-invalid"));
        Assert.Equal("buyer-email-error", email.GetAttribute("aria-describedby"));
        JSInterop.VerifyFocusAsyncInvoke();
        Assert.Equal(0, OrderCreates);
        Assert.Null(page.Find("[data-testid=place-order]").GetAttribute("disabled"));
    }

    [Fact]
    public async Task An_invalid_e_mail_address_is_explained()
    {
        var page = await RenderWithCartAsync();
        Type(page, "email", "a@b");

        PlaceOrder(page);

        page.WaitForAssertion(() => Assert.StartsWith("Dit e-mailadres klopt niet", page.Find("#buyer-email-error").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, OrderCreates);
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
    public async Task Choosing_a_method_with_a_surcharge_adds_it_to_the_total()
    {
        var page = await RenderWithCartAsync();

        page.Find("[data-testid=payment-method][data-payment-id='34']").Click();

        Assert.True(IsChecked(page, "[data-payment-id='34'] input[type=radio]"));
        Assert.False(IsChecked(page, "[data-payment-id='33'] input[type=radio]"));
        Assert.Equal(Formats.Money(1.50m), page.Find("[data-testid=checkout-surcharge]").TextContent);
        Assert.Equal(Formats.Money(50.50m), page.Find("[data-testid=checkout-total]").TextContent);
        Assert.Equal("polite", page.Find("[data-testid=checkout-total]").GetAttribute("aria-live"));
    }

    [Fact]
    public async Task The_keyboard_selects_a_method_through_the_radio_input()
    {
        var page = await RenderWithCartAsync();
        page.Find("[data-payment-id='34'] input[type=radio]").Change(true);

        page.Find("[data-payment-id='33'] input[type=radio]").Change(true);

        Assert.True(IsChecked(page, "[data-payment-id='33'] input[type=radio]"));
        Assert.Equal(Formats.Money(49.00m), page.Find("[data-testid=checkout-total]").TextContent);
    }

    [Fact]
    public async Task Placing_the_order_sends_one_request_and_takes_the_whole_window_to_the_payment_page()
    {
        var navigation = SetUpNavigation();
        var page = await RenderWithCartAsync();
        FillValidBuyer(page);
        page.Find("[data-testid=avg-optin]").Change(true);
        page.Find("[data-testid=payment-method][data-payment-id='34']").Click();

        PlaceOrder(page);

        page.WaitForAssertion(() => Assert.Single(navigation.Invocations));
        var request = Assert.Single(Vdm.Public.OrderRequests);
        Assert.Equal(34, request.PaymentMethodId);
        Assert.EndsWith("/order/return", request.RedirectUrl.AbsoluteUri, StringComparison.Ordinal);
        Assert.True(request.RedirectUrl.IsAbsoluteUri);
        Assert.Equal("anna@example.nl", request.Buyer.Email);
        Assert.Equal("Anna", request.Buyer.FirstName);
        Assert.Equal("de Vries", request.Buyer.LastName);
        Assert.Equal("06-12345678", request.Buyer.Phone);
        Assert.Equal("Kerkstraat 1", request.Buyer.Address);
        Assert.Equal("1234 AB", request.Buyer.Zip);
        Assert.Equal("Utrecht", request.Buyer.City);
        Assert.True(request.Buyer.ContactOptIn);
        Assert.False(request.Buyer.MailingListOptIn);

        var paymentUrl = "https://pay.example.test/pay/KEY01-abcde-fghij";
        Assert.Equal(paymentUrl, navigation.VerifyInvoke("navigateTop").Arguments[0]);
        var link = page.Find("[data-testid=payment-link]");
        Assert.Equal(paymentUrl, link.GetAttribute("href"));
        Assert.Equal("_top", link.GetAttribute("target"));
        Assert.Empty(page.FindAll("[data-testid=place-order]"));
    }

    [Fact]
    public async Task When_the_browser_blocks_navigation_the_payment_link_is_shown_prominently()
    {
        SetUpNavigation(navigates: false);
        var page = await RenderWithCartAsync();
        FillValidBuyer(page);

        PlaceOrder(page);

        page.WaitForAssertion(() => Assert.Contains("Rond de betaling af", page.Find("[role=alert]:has([data-testid=payment-link])").TextContent, StringComparison.Ordinal));
        Assert.Equal("_top", page.Find("[data-testid=payment-link]").GetAttribute("target"));
    }

    [Fact]
    public async Task When_the_navigation_script_fails_the_payment_link_is_shown_prominently()
    {
        JSInterop.SetupModule(ScriptModule).Setup<bool>("navigateTop", _ => true).SetException(new Microsoft.JSInterop.JSException("blocked"));
        var page = await RenderWithCartAsync();
        FillValidBuyer(page);

        PlaceOrder(page);

        page.WaitForAssertion(() => page.Find("[role=alert] [data-testid=payment-link]"));
        Assert.Single(Vdm.Public.OrderRequests);
    }

    [Fact]
    public async Task A_double_click_places_one_order()
    {
        var navigation = SetUpNavigation();
        var page = await RenderWithCartAsync();
        FillValidBuyer(page);
        var held = await Services.GetRequiredService<IVisitorLock>().AcquireAsync(new ShopVisitor(ClientKeys.Default, VisitorId, null), Cancel);

        PlaceOrder(page);
        var button = page.Find("[data-testid=place-order]");
        Assert.Equal("true", button.GetAttribute("aria-busy"));
        Assert.NotNull(button.GetAttribute("disabled"));
        Assert.Contains("Bezig…", button.TextContent, StringComparison.Ordinal);
        Assert.NotNull(button.QuerySelector(".mud-progress-circular"));
        PlaceOrder(page);
        var lateEnter = PressWhileDisabledAsync(page);
        await held.DisposeAsync();
        await lateEnter;

        page.WaitForAssertion(() => Assert.Single(navigation.Invocations));
        Assert.Single(Vdm.Public.OrderRequests);
        Assert.Equal(1, OrderCreates);
    }

    [Fact]
    public async Task Two_clicks_while_VdM_refuses_still_make_one_attempt()
    {
        Vdm.Public.Fail("CreateOrder", () => FakeVdmPublic.Error(422, "Betaalmethode niet beschikbaar"));
        var page = await RenderWithCartAsync();
        FillValidBuyer(page);
        var held = await Services.GetRequiredService<IVisitorLock>().AcquireAsync(new ShopVisitor(ClientKeys.Default, VisitorId, null), Cancel);

        PlaceOrder(page);
        PlaceOrder(page);
        var lateEnter = PressWhileDisabledAsync(page);
        await held.DisposeAsync();
        await lateEnter;

        page.WaitForAssertion(() => page.Find("[data-testid=order-error]"));
        Assert.Equal(1, OrderCreates);
    }

    [Fact]
    public async Task A_refused_order_shows_VdM_s_reason_keeps_the_details_and_can_be_tried_again()
    {
        var navigation = SetUpNavigation();
        Vdm.Public.Fail("CreateOrder", () => FakeVdmPublic.Error(422, "Betaalmethode niet beschikbaar"), once: true);
        var page = await RenderWithCartAsync();
        FillValidBuyer(page);

        PlaceOrder(page);

        var error = page.WaitForElement("[data-testid=order-error]");
        Assert.Contains("niet aangenomen", error.TextContent, StringComparison.Ordinal);
        Assert.Contains("Betaalmethode niet beschikbaar", error.TextContent, StringComparison.Ordinal);
        Assert.Equal("alert", error.GetAttribute("role"));
        Assert.Equal("anna@example.nl", ValueOf(page, "email").Trim());
        Assert.Equal("de Vries", ValueOf(page, "lastname"));
        Assert.Equal("1234ab", ValueOf(page, "zip"));
        Assert.Equal("Anna", (await SavedBuyerAsync())?.FirstName);
        var button = page.Find("[data-testid=place-order]");
        Assert.Null(button.GetAttribute("disabled"));
        Assert.Equal("false", button.GetAttribute("aria-busy"));
        Assert.Empty(page.FindAll("[data-testid=payment-link]"));

        PlaceOrder(page);

        page.WaitForAssertion(() => Assert.Single(navigation.Invocations));
        Assert.Empty(page.FindAll("[data-testid=order-error]"));
        Assert.Single(Vdm.Public.OrderRequests);
        Assert.Equal(2, OrderCreates);
    }

    [Fact]
    public async Task A_timeout_says_nothing_was_ordered_and_a_second_attempt_succeeds()
    {
        var navigation = SetUpNavigation();
        Vdm.Public.Fail("CreateOrder", FakeVdmPublic.Timeout, once: true);
        var page = await RenderWithCartAsync();
        FillValidBuyer(page);

        PlaceOrder(page);

        var error = page.WaitForElement("[data-testid=order-error]");
        Assert.Contains("reageert nu niet", error.TextContent, StringComparison.Ordinal);
        Assert.Equal("Anna", ValueOf(page, "firstname"));

        PlaceOrder(page);

        page.WaitForAssertion(() => Assert.Single(navigation.Invocations));
        Assert.Single(Vdm.Public.OrderRequests);
    }

    [Fact]
    public async Task A_cart_that_changed_meanwhile_links_back_to_the_cart()
    {
        var page = await RenderWithCartAsync();
        var cartId = (await Services.GetRequiredService<CartSessionStore>().GetAsync(new ShopVisitor(ClientKeys.Default, VisitorId, null), Cancel)).CartId!;
        await Vdm.Public.Empty(cartId);
        FillValidBuyer(page);

        PlaceOrder(page);

        var error = page.WaitForElement("[data-testid=order-error]");
        Assert.Contains("winkelmandje is veranderd", error.TextContent, StringComparison.Ordinal);
        Assert.Equal("cart", error.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Payment_methods_that_fail_to_load_can_be_retried_without_losing_the_details()
    {
        Vdm.Public.Fail("GetPaymentMethods", () => FakeVdmPublic.Error(503, "Service unavailable"), once: true);
        var page = await RenderWithCartAsync();
        Type(page, "email", "anna@example.nl");

        Assert.Contains("betaalmethoden kunnen nu niet", page.Find("[data-testid=payment-methods-error]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=place-order]").GetAttribute("disabled"));

        page.Find("[data-testid=payment-methods-retry]").Click();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=payment-method]").Count));
        Assert.Empty(page.FindAll("[data-testid=payment-methods-error]"));
        Assert.Equal("anna@example.nl", ValueOf(page, "email"));
        Assert.Null(page.Find("[data-testid=place-order]").GetAttribute("disabled"));
    }

    /// <summary>
    /// A key press or click the server receives before the browser shows the button as disabled: it reaches the
    /// page's handler directly, past the disabled button.
    /// </summary>
    private static Task PressWhileDisabledAsync(IRenderedComponent<CheckoutPage> page)
    {
        var button = page.FindComponent<PlaceOrderButton>().Instance;
        return page.InvokeAsync(() => button.OnClick.InvokeAsync());
    }
}
