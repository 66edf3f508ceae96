using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Tests.Shared.Fakes;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Public;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Features.Orders;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Orders;

public sealed class OrderStatusPageTests : CheckoutTestContext
{
    private const string Key = "XgFca-QmBxG-9WhAj-Osszb";
    private static readonly Uri TicketsUrl = new("https://tickets.example.test/demo/order/XgFca-QmBxG-9WhAj-Osszb/ticket");
    private static readonly Uri ReceiptUrl = new("https://tickets.example.test/demo/order/XgFca-QmBxG-9WhAj-Osszb/receipt");

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private int StatusCalls => Vdm.Calls.Count(c => c == "GetOrderStatus");

    [Fact]
    public void A_paid_order_thanks_the_visitor_and_links_tickets_receipt_and_the_venue()
    {
        Seed(Key, "Paid", TicketsUrl, ReceiptUrl);

        var page = RenderReturn($"return={Key}");

        var status = page.Find("[data-testid=order-status]");
        Assert.Equal("paid", status.GetAttribute("data-payment-status"));
        Assert.Equal("status", status.GetAttribute("role"));
        Assert.Equal("polite", status.GetAttribute("aria-live"));
        Assert.Equal("Bedankt voor je bestelling!", page.Find("h1").TextContent);
        Assert.Contains("2 kaarten", page.Find("[data-testid=order-ticket-count]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Hamlet", page.Markup, StringComparison.Ordinal);
        Assert.Equal(TicketsUrl.AbsoluteUri, page.Find("[data-testid=order-tickets]").GetAttribute("href"));
        Assert.Equal(ReceiptUrl.AbsoluteUri, page.Find("[data-testid=order-receipt]").GetAttribute("href"));
        Assert.Null(page.Find("[data-testid=order-tickets]").GetAttribute("target"));
        Assert.Contains("per e-mail", page.Markup, StringComparison.Ordinal);
        var back = page.Find("[data-testid=back-to-venue]");
        Assert.Equal("https://example.org/", back.GetAttribute("href"));
        Assert.Equal("Terug naar Stadsschouwburg De Ster", back.TextContent.Trim());
        Assert.DoesNotContain("CheckPayment", Vdm.Calls);
    }

    [Fact]
    public void Without_documents_or_a_venue_site_the_paid_page_leads_back_to_the_programme()
    {
        Client.Brand.Links.Website = null;
        Vdm.Public.Orders[Key] = new OrderStatus(PaymentStatus.Parse("paid"), 1, null, null, []);

        var page = RenderOrder(Key);

        Assert.Empty(page.FindAll("[data-testid=order-tickets]"));
        Assert.Empty(page.FindAll("[data-testid=order-receipt]"));
        Assert.Contains("1 kaart gekocht", page.Find("[data-testid=order-ticket-count]").TextContent, StringComparison.Ordinal);
        Assert.Equal("./", page.Find("[data-testid=back-to-venue]").GetAttribute("href"));
    }

    [Fact]
    public void A_pending_order_is_checked_with_the_provider_once_and_turns_paid_while_polling()
    {
        Seed(Key, "pending");

        var page = RenderReturn($"return={Key}");

        Assert.Equal("pending", page.Find("[data-testid=order-status]").GetAttribute("data-payment-status"));
        Assert.Equal("We bevestigen je betaling", page.Find("h1").TextContent);
        Assert.Empty(page.FindAll("[data-testid=order-refresh]"));

        Clock.Advance(TimeSpan.FromSeconds(3));
        page.WaitForAssertion(() => Assert.Equal(3, StatusCalls));
        Seed(Key, "paid", TicketsUrl, ReceiptUrl);
        Clock.Advance(TimeSpan.FromSeconds(3));

        page.WaitForAssertion(() => Assert.Equal("paid", page.Find("[data-testid=order-status]").GetAttribute("data-payment-status")));
        Assert.NotNull(page.Find("[data-testid=order-tickets]"));
        Assert.Single(Vdm.Calls, c => c == "CheckPayment");

        Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(4, StatusCalls);
        Assert.Single(Vdm.Calls, c => c == "CheckPayment");
    }

    [Fact]
    public void An_order_with_status_none_is_treated_as_not_yet_confirmed()
    {
        Seed(Key, "none");

        var page = RenderOrder(Key);

        Assert.Equal("none", page.Find("[data-testid=order-status]").GetAttribute("data-payment-status"));
        Assert.Equal("We bevestigen je betaling", page.Find("h1").TextContent);
        Assert.Single(Vdm.Calls, c => c == "CheckPayment");
    }

    [Fact]
    public void Polling_stops_at_the_bound_and_check_again_asks_once_more_and_polls_again()
    {
        Client.Shop.StatusPollSeconds = 9;
        Seed(Key, "pending");
        var page = RenderOrder(Key);
        Assert.Equal(2, StatusCalls);

        for (var poll = 1; poll <= 3; poll++)
        {
            Clock.Advance(TimeSpan.FromSeconds(3));
            var expected = 2 + poll;
            page.WaitForAssertion(() => Assert.Equal(expected, StatusCalls));
        }

        var refresh = page.WaitForElement("[data-testid=order-refresh]");
        Assert.Contains("langer dan gewoonlijk", page.Markup, StringComparison.Ordinal);
        Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(5, StatusCalls);

        refresh.Click();
        page.WaitForAssertion(() => Assert.Equal(6, StatusCalls));
        Assert.Empty(page.FindAll("[data-testid=order-refresh]"));
        Seed(Key, "cancelled");
        Clock.Advance(TimeSpan.FromSeconds(3));

        page.WaitForAssertion(() => Assert.Equal("cancelled", page.Find("[data-testid=order-status]").GetAttribute("data-payment-status")));
        Assert.Single(Vdm.Calls, c => c == "CheckPayment");
    }

    [Fact]
    public void A_failed_poll_does_not_end_polling()
    {
        Seed(Key, "pending");
        var page = RenderOrder(Key);
        Vdm.Public.Fail("GetOrderStatus", () => FakeVdmPublic.Error(503, "down"), once: true);

        Clock.Advance(TimeSpan.FromSeconds(3));
        page.WaitForAssertion(() => Assert.Equal(3, StatusCalls));
        Seed(Key, "paid");
        Clock.Advance(TimeSpan.FromSeconds(3));

        page.WaitForAssertion(() => Assert.Equal("paid", page.Find("[data-testid=order-status]").GetAttribute("data-payment-status")));
        Assert.Empty(page.FindAll("[data-testid=order-status-error]"));
    }

    [Fact]
    public async Task Polling_stops_when_the_page_goes_away()
    {
        Seed(Key, "pending");
        RenderOrder(Key);

        await DisposeComponentsAsync();
        Clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(2, StatusCalls);
    }

    [Fact]
    public void Prerendering_neither_checks_the_payment_nor_polls()
    {
        Renderer.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        Seed(Key, "pending");

        var page = RenderOrder(Key);
        Clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal("pending", page.Find("[data-testid=order-status]").GetAttribute("data-payment-status"));
        Assert.DoesNotContain("CheckPayment", Vdm.Calls);
        Assert.Equal(1, StatusCalls);
    }

    [Fact]
    public async Task A_cancelled_order_is_retried_with_the_same_tickets_and_goes_to_checkout()
    {
        var key = await PlaceCancelledOrderAsync();
        var page = RenderOrder(key);
        Assert.Contains("niets afgeschreven", page.Markup, StringComparison.Ordinal);
        var cartsBefore = Vdm.Calls.Count(c => c == "CreateCart");

        page.Find("[data-testid=retry-order]").Click();

        page.WaitForAssertion(() => Assert.EndsWith("/checkout", Navigation.Uri, StringComparison.Ordinal));
        Assert.Equal(cartsBefore + 1, Vdm.Calls.Count(c => c == "CreateCart"));
        var cart = await Services.GetRequiredService<CartService>().GetAsync(Ct);
        Assert.Equal(2, cart.Cart.Lines.Count);
    }

    [Fact]
    public async Task A_retry_of_tickets_sold_out_meanwhile_explains_it_and_links_the_programme()
    {
        var key = await PlaceCancelledOrderAsync();
        var page = RenderOrder(key);
        Vdm.Public.FreeSeats[DemoCatalog.Performance] = 0;

        page.Find("[data-testid=retry-order]").Click();

        var problem = page.WaitForElement("[data-testid=retry-problem]");
        Assert.Contains("niet genoeg kaarten", problem.TextContent, StringComparison.Ordinal);
        Assert.Equal("./", page.Find("[data-testid=to-programme]").GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=retry-order]"));
        Assert.EndsWith($"/order/{key}", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_order_whose_tickets_are_unknown_here_offers_the_programme_instead_of_a_retry()
    {
        Seed(Key, "cancelled");

        var page = RenderOrder(Key);

        Assert.Equal("cancelled", page.Find("[data-testid=order-status]").GetAttribute("data-payment-status"));
        Assert.Empty(page.FindAll("[data-testid=retry-order]"));
        Assert.Equal("./", page.Find("[data-testid=to-programme]").GetAttribute("href"));
    }

    [Fact]
    public async Task A_retry_whose_selection_was_forgotten_meanwhile_says_so()
    {
        var key = await PlaceCancelledOrderAsync();
        var page = RenderOrder(key);
        // The attempt outlived its cache entry between showing the button and the click.
        await Services.GetRequiredService<IDistributedCache>().RemoveAsync($"checkout:default:order:{key}", Ct);

        page.Find("[data-testid=retry-order]").Click();

        Assert.Contains("niet meer welke kaarten", page.WaitForElement("[data-testid=retry-unavailable]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=to-programme]"));
        Assert.Empty(page.FindAll("[data-testid=retry-order]"));
    }

    [Fact]
    public void A_partly_paid_order_asks_to_contact_the_venue()
    {
        Seed(Key, "partial");

        var page = RenderOrder(Key);

        Assert.Equal("partial", page.Find("[data-testid=order-status]").GetAttribute("data-payment-status"));
        Assert.Contains("deel van de betaling", page.Markup, StringComparison.Ordinal);
        Assert.Contains(Key, page.Find("[data-testid=order-reference]").TextContent, StringComparison.Ordinal);
        Assert.Equal("mailto:kassa@example.org", page.Find("[data-testid=contact-venue]").GetAttribute("href"));
        Assert.DoesNotContain("CheckPayment", Vdm.Calls);
    }

    [Fact]
    public void An_unknown_status_is_shown_as_is_and_explained_with_the_venue_contact()
    {
        Seed(Key, "Refunded");

        var page = RenderOrder(Key);

        Assert.Equal("refunded", page.Find("[data-testid=order-status]").GetAttribute("data-payment-status"));
        Assert.Equal("We kunnen de status van je bestelling niet vaststellen", page.Find("h1").TextContent);
        Assert.Equal("mailto:kassa@example.org", page.Find("[data-testid=contact-venue]").GetAttribute("href"));
        Assert.NotNull(page.Find("[data-testid=back-to-venue]"));
    }

    [Fact]
    public async Task A_key_VdM_does_not_know_is_not_found_with_status_404_while_prerendering()
    {
        Renderer.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var response = new RecordingResponse();
        var http = new DefaultHttpContext();
        http.Features.Set<IHttpResponseFeature>(response);
        Navigation.NavigateTo($"order/{Key}");

        var page = Render<OrderStatusPage>(p => p.Add(o => o.OrderKey, Key).AddCascadingValue<HttpContext>(http));
        await response.StartAsync();

        Assert.NotNull(page.Find("[data-testid=order-not-found]"));
        Assert.Empty(page.FindAll("[data-testid=order-status]"));
        Assert.Equal(StatusCodes.Status404NotFound, http.Response.StatusCode);
        Assert.Equal(1, StatusCalls);
    }

    [Theory]
    [InlineData("return=")]
    [InlineData("")]
    [InlineData("return=%3Cscript%3E")]
    [InlineData("return=a%20b")]
    public void A_return_without_a_plausible_key_is_not_found_without_asking_VdM(string query)
    {
        var page = RenderReturn(query);

        Assert.Equal("Bestelling niet gevonden", page.Find("[data-testid=order-not-found] h1").TextContent);
        Assert.Equal("./", page.Find("[data-testid=to-programme]").GetAttribute("href"));
        Assert.DoesNotContain("GetOrderStatus", Vdm.Calls);
    }

    [Fact]
    public void The_older_response_parameter_is_accepted_and_return_wins_over_it()
    {
        Seed(Key, "paid");
        Seed("Other-Order-Key", "cancelled");

        Assert.Equal("paid", RenderReturn($"response={Key}").Find("[data-testid=order-status]").GetAttribute("data-payment-status"));
        Assert.Equal("cancelled", RenderReturn($"response={Key}&return=Other-Order-Key").Find("[data-testid=order-status]").GetAttribute("data-payment-status"));
    }

    [Fact]
    public void An_upstream_failure_is_explained_and_the_retry_button_loads_the_order()
    {
        Seed(Key, "paid", TicketsUrl, ReceiptUrl);
        Vdm.Public.Fail("GetOrderStatus", () => FakeVdmPublic.Timeout(), once: true);

        var page = RenderOrder(Key);

        Assert.Contains("reageert even niet", page.Find("[data-testid=order-status-error]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=order-not-found]"));
        page.Find("[data-testid=order-status-retry]").Click();

        page.WaitForAssertion(() => Assert.Equal("paid", page.Find("[data-testid=order-status]").GetAttribute("data-payment-status")));
        Assert.Empty(page.FindAll("[data-testid=order-status-error]"));
    }

    [Fact]
    public void A_pending_order_is_checked_with_the_provider_only_after_a_failed_first_look_succeeds()
    {
        Seed(Key, "pending");
        Vdm.Public.Fail("GetOrderStatus", () => FakeVdmPublic.Error(502, "bad gateway"), once: true);

        var page = RenderOrder(Key);
        Assert.DoesNotContain("CheckPayment", Vdm.Calls);
        page.Find("[data-testid=order-status-retry]").Click();

        page.WaitForAssertion(() => Assert.Equal("pending", page.Find("[data-testid=order-status]").GetAttribute("data-payment-status")));
        Assert.Single(Vdm.Calls, c => c == "CheckPayment");
    }

    private IRenderedComponent<OrderStatusPage> RenderReturn(string query)
    {
        Navigation.NavigateTo(query.Length == 0 ? "order/return" : $"order/return?{query}");
        return Render<OrderStatusPage>();
    }

    private IRenderedComponent<OrderStatusPage> RenderOrder(string key)
    {
        Navigation.NavigateTo($"order/{key}");
        return Render<OrderStatusPage>(p => p.Add(o => o.OrderKey, key));
    }

    private void Seed(string key, string paymentStatus, Uri? tickets = null, Uri? receipt = null) =>
        Vdm.Public.Orders[key] = new OrderStatus(PaymentStatus.Parse(paymentStatus), 2, tickets, receipt, [new OrderSeat("2904", "Hamlet", null), new OrderSeat("2905", "Hamlet", null)]);

    /// <summary>An order placed through the real shop services (so its selection is remembered), then cancelled at VdM.</summary>
    private async Task<string> PlaceCancelledOrderAsync()
    {
        await Services.GetRequiredService<CartService>().AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Ct);
        var buyer = new Buyer { Email = "anna@example.test", FirstName = "Anna", LastName = "de Vries" };
        var placed = await Services.GetRequiredService<CheckoutService>().PlaceOrderAsync(buyer, 33, new Uri("https://shop.test/order/return"), Ct);
        var key = placed.Order!.OrderKey;
        Seed(key, "cancelled");
        return key;
    }
}

/// <summary>A response that runs its OnStarting callbacks when the test starts it, as the server does before the headers go out.</summary>
internal sealed class RecordingResponse : HttpResponseFeature
{
    private readonly List<(Func<object, Task> Callback, object State)> starting = [];

    public override void OnStarting(Func<object, Task> callback, object state) => starting.Add((callback, state));

    public async Task StartAsync()
    {
        foreach (var (callback, state) in starting)
        {
            await callback(state);
        }
    }
}

public sealed class OrderStatusPageEnglishTests() : CheckoutTestContext(culture: "en")
{
    [Fact]
    public void A_paid_order_reads_in_English()
    {
        Vdm.Public.Orders["XgFca-QmBxG-9WhAj-Osszb"] = new OrderStatus(PaymentStatus.Parse("paid"), 3, new Uri("https://tickets.example.test/t"), null, []);
        Services.GetRequiredService<NavigationManager>().NavigateTo("order/return?return=XgFca-QmBxG-9WhAj-Osszb");

        var page = Render<OrderStatusPage>();

        Assert.Equal("Thank you for your order!", page.Find("h1").TextContent);
        Assert.Equal("Your payment was successful: you bought 3 tickets.", page.Find("[data-testid=order-ticket-count]").TextContent);
        Assert.Equal("Back to Stadsschouwburg De Ster", page.Find("[data-testid=back-to-venue]").TextContent.Trim());
        Assert.Contains("also sent to you by e-mail", page.Markup, StringComparison.Ordinal);
    }
}
