using System.Globalization;
using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Tests.Shared.Fakes;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered;
using Checkout.VoordeMensen.Public;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Orders;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Orders;

/// <summary>
/// Every VdM order state (orderStatus from Peppered's order list) with the payment statuses it meets, in Dutch and
/// English: what the page says and the next step it offers. A paid order the venue cancelled never says thank you; an
/// order still unpaid after the payment window offers the same one-click retry as a cancelled payment.
/// </summary>
public sealed class OrderStatesTests : CheckoutTestContext
{
    private const string Key = "XgFca-QmBxG-9WhAj-Osszb";

    public OrderStatesTests() => Vdm.PepperedCartTimeOut = DemoCatalog.Start;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public static TheoryData<string, string, bool, string, string, string, string> States => new()
    {
        // payment, orderStatus, window passed, outcome, Dutch heading, English heading, test id of the next step
        { "paid", "ord", false, "paid", "Bedankt voor je bestelling!", "Thank you for your order!", "order-tickets" },
        { "paid", "reemit", false, "reissued", "Bedankt voor je bestelling!", "Thank you for your order!", "order-reissued" },
        { "paid", "reissue", false, "reissued", "Bedankt voor je bestelling!", "Thank you for your order!", "order-reissued" },
        { "paid", "cancel", false, "cancelledafterpayment", "Deze bestelling is geannuleerd", "This order has been cancelled", "contact-venue" },
        { "partial", "cancel", false, "cancelledafterpayment", "Deze bestelling is geannuleerd", "This order has been cancelled", "contact-venue" },
        { "partial", "ord", false, "partial", "Je betaling is nog niet compleet", "Your payment is not complete", "contact-venue" },
        { "none", "res", false, "reservation", "Je kaarten zijn gereserveerd", "Your tickets are reserved", "contact-venue" },
        { "pending", "res", false, "pending", "We bevestigen je betaling", "We are confirming your payment", "order-status" },
        { "pending", "res", true, "unpaid", "Je betaling is niet op tijd afgerond", "Your payment was not completed in time", "retry-order" },
        { "none", "ord", true, "unpaid", "Je betaling is niet op tijd afgerond", "Your payment was not completed in time", "retry-order" },
        { "none", "pros", false, "prospect", "Dit is nog geen bestelling", "This is not an order yet", "contact-venue" },
        { "cancelled", "cancel", true, "failed", "Je bestelling is niet afgerond", "Your order was not completed", "retry-order" },
        { "pending", "cancel", true, "failed", "Je bestelling is niet afgerond", "Your order was not completed", "retry-order" },
        { "paid", "trash", false, "gone", "Bestelling niet gevonden", "Order not found", "order-not-found" },
        { "refunded", "ord", false, "unknown", "We kunnen de status van je bestelling niet vaststellen", "We can't determine the status of your order", "contact-venue" },
    };

    [Theory]
    [MemberData(nameof(States))]
    public async Task Each_state_reads_in_Dutch(string payment, string state, bool windowPassed, string outcome, string dutch, string english, string nextStep)
    {
        _ = english;
        await ShowsAsync("nl", payment, state, windowPassed, outcome, dutch, nextStep);
    }

    [Theory]
    [MemberData(nameof(States))]
    public async Task Each_state_reads_in_English(string payment, string state, bool windowPassed, string outcome, string dutch, string english, string nextStep)
    {
        _ = dutch;
        await ShowsAsync("en", payment, state, windowPassed, outcome, english, nextStep);
    }

    [Theory]
    [InlineData("paid")]
    [InlineData("partial")]
    public async Task A_paid_order_the_venue_cancelled_never_thanks_or_offers_tickets(string payment)
    {
        var page = await RenderAsync(payment, "cancel", windowPassed: false);

        Assert.DoesNotContain("Bedankt", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=order-tickets]"));
        Assert.Empty(page.FindAll("[data-checkout-order-completed]"));
        Assert.Contains("Wat je betaald hebt, krijg je terug", page.Find("[data-testid=order-next-step]").TextContent, StringComparison.Ordinal);
        Assert.Equal($"Bestelnummer: {Key}", page.Find("[data-testid=order-reference]").TextContent);
    }

    [Fact]
    public async Task Unpaid_after_the_window_one_click_reserves_the_same_tickets_and_goes_to_checkout()
    {
        var page = await RenderAsync("pending", "res", windowPassed: true);

        page.Find("[data-testid=retry-order]").Click();

        page.WaitForAssertion(() => Assert.EndsWith("/checkout", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        var cart = await Services.GetRequiredService<CartService>().GetAsync(Ct);
        Assert.Equal(2, cart.Cart.Lines.Count);
        Assert.DoesNotContain("CheckPayment", Vdm.Calls);
    }

    [Fact]
    public async Task A_pending_order_inside_the_window_is_polled_without_asking_for_its_state()
    {
        await RenderAsync("pending", "res", windowPassed: false, placedHere: true);

        Assert.DoesNotContain("Peppered.GetOrders", Vdm.Calls);
    }

    [Fact]
    public async Task The_buyers_return_from_paying_is_thanked_without_asking_for_the_state()
    {
        var page = await RenderAsync("paid", "ord", windowPassed: false, placedHere: true);

        Assert.Equal("Bedankt voor je bestelling!", page.Find("h1").TextContent);
        Assert.DoesNotContain("Peppered.GetOrders", Vdm.Calls);
    }

    [Fact]
    public async Task The_same_paid_order_opened_later_is_checked_for_a_cancellation()
    {
        var page = await RenderAsync("paid", "cancel", windowPassed: true);

        Assert.Equal("Deze bestelling is geannuleerd", page.Find("h1").TextContent);
        Assert.Contains("Peppered.GetOrders", Vdm.Calls);
    }

    private async Task ShowsAsync(string culture, string payment, string state, bool windowPassed, string outcome, string heading, string nextStep)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);

        var page = await RenderAsync(payment, state, windowPassed);

        Assert.Equal(heading, page.Find("h1").TextContent);
        Assert.NotNull(page.Find($"[data-testid={nextStep}]"));
        if (outcome == "gone")
        {
            Assert.Empty(page.FindAll("[data-testid=order-status]"));
            return;
        }

        var status = page.Find("[data-testid=order-status]");
        Assert.Equal(outcome, status.GetAttribute("data-outcome"));
        Assert.Equal(payment, status.GetAttribute("data-payment-status"));
        Assert.Equal(OrderView.NeedsState(PaymentStatus.Parse(payment), Timing(windowPassed)) ? state : "", status.GetAttribute("data-order-state"));
    }

    /// <summary>Past the window: placed here 16 minutes ago; otherwise opened from elsewhere (an e-mail link, another device).</summary>
    private static OrderTiming Timing(bool windowPassed) => windowPassed ? OrderTiming.WindowPassed : OrderTiming.Unknown;

    private async Task<IRenderedComponent<OrderStatusPage>> RenderAsync(string payment, string state, bool windowPassed, bool placedHere = false)
    {
        var placedAt = Clock.GetUtcNow().AddMinutes(windowPassed ? -(Client.Shop.HoldMinutes + 1) : -1);
        if (windowPassed || placedHere)
        {
            await Services.GetRequiredService<OrderAttemptStore>().SaveAsync("default", Key,
                new OrderAttempt([new TicketSelection(DemoCatalog.Performance, DemoCatalog.Standard, 2)], [], placedAt), Ct);
        }

        Vdm.Public.Orders[Key] = new OrderStatus(PaymentStatus.Parse(payment), 2, new Uri("https://tickets.example.test/t"), null, [new OrderSeat("2904", "Hamlet", null)]);
        Vdm.PepperedOrders.Add(new PepperedOrder { Id = 7, OrderKey = Key, State = OrderState.Parse(state), PaymentStatus = PaymentStatus.Parse(payment), LastChanged = placedAt });
        Services.GetRequiredService<NavigationManager>().NavigateTo($"order/{Key}");
        return Render<OrderStatusPage>(p => p.Add(o => o.OrderKey, Key));
    }
}
