using System.Net;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Sandbox;

public sealed class PaymentSimulatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Paying_redirects_back_with_the_order_key_and_the_order_is_paid()
    {
        await using var host = await SandboxHost.StartAsync();
        var (key, url) = await host.PlaceOrder(SandboxDemoIds.ReservedSeating, 2, host.OwnReturnUrl());

        using var outcome = await PaymentSimulator.ChooseAsync(url, "pay");

        Assert.Equal(HttpStatusCode.SeeOther, outcome.StatusCode);
        Assert.Equal($"{host.OwnReturnUrl()}&return={key}", outcome.Headers.Location!.ToString());
        Assert.Equal("paid", await host.OrderStatus(key));
        using var ticket = await host.Http.GetAsync($"tickets/demo/order/{key}/ticket", Ct);
        Assert.Equal(HttpStatusCode.OK, ticket.StatusCode);
        Assert.Contains("Hamlet", await ticket.Content.ReadAsStringAsync(Ct));
        var check = await host.GetJson($"tickets/api/demo/payment/{key}");
        Assert.Equal("paid", check.GetProperty("order_payment_status").GetString());
    }

    [Fact]
    public async Task The_other_loopback_name_on_the_same_port_is_the_same_shop()
    {
        await using var host = await SandboxHost.StartAsync();
        var (key, url) = await host.PlaceOrder(SandboxDemoIds.ReservedSeating, 1, host.OwnReturnUrl("localhost"));

        using var outcome = await PaymentSimulator.ChooseAsync(url, "pay");

        Assert.Equal($"{host.OwnReturnUrl("localhost")}&return={key}", outcome.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("https://127.0.0.1/return")]
    public async Task A_return_url_off_the_shops_origin_is_not_followed(string foreign)
    {
        await using var host = await SandboxHost.StartAsync();
        var (key, url) = await host.PlaceOrder(SandboxDemoIds.ReservedSeating, 1, foreign);

        using var outcome = await PaymentSimulator.ChooseAsync(url, "pay");

        Assert.Equal(HttpStatusCode.SeeOther, outcome.StatusCode);
        Assert.Equal(url, outcome.Headers.Location!.ToString());
        Assert.Equal("paid", await host.OrderStatus(key));
    }

    [Theory]
    [InlineData("pay")]
    [InlineData("cancel")]
    public async Task A_post_from_another_site_without_the_pages_token_changes_nothing(string choice)
    {
        await using var host = await SandboxHost.StartAsync();
        var (key, url) = await host.PlaceOrder(SandboxDemoIds.ReservedSeating, 1, host.OwnReturnUrl());
        using var attacker = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });

        using var forged = await attacker.PostAsync($"{url}/{choice}", new FormUrlEncodedContent([]), Ct);
        using var stolen = await attacker.PostAsync($"{url}/{choice}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", "CfDJ8-forged-token")]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);
        Assert.Null(forged.Headers.Location);
        Assert.Equal("pending", await host.OrderStatus(key));
    }

    [Fact]
    public async Task The_payment_page_and_the_tickets_may_be_framed_only_by_their_own_origin()
    {
        await using var host = await SandboxHost.StartAsync();
        var (key, url) = await host.PlaceOrder(SandboxDemoIds.ReservedSeating, 1, host.OwnReturnUrl());
        using var page = await host.Http.GetAsync(url, Ct);
        using var paid = await PaymentSimulator.ChooseAsync(url, "pay");
        using var ticket = await host.Http.GetAsync($"tickets/demo/order/{key}/ticket", Ct);

        foreach (var response in new[] { page, ticket })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("frame-ancestors 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
        }
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("fail")]
    public async Task Cancelling_or_failing_cancels_the_order_and_releases_the_seats(string choice)
    {
        await using var host = await SandboxHost.StartAsync();
        var (key, url) = await host.PlaceOrder(SandboxDemoIds.TenSeatsLeft, 3);
        Assert.Equal(7, await host.EventFree(SandboxDemoIds.TenSeatsLeft));

        using var outcome = await PaymentSimulator.ChooseAsync(url, choice);

        Assert.Equal(HttpStatusCode.SeeOther, outcome.StatusCode);
        Assert.Equal("cancelled", await host.OrderStatus(key));
        Assert.Equal(10, await host.EventFree(SandboxDemoIds.TenSeatsLeft));
        using var ticket = await host.Http.GetAsync($"tickets/demo/order/{key}/ticket", Ct);
        Assert.Equal(HttpStatusCode.Conflict, ticket.StatusCode);
    }

    [Fact]
    public async Task Pay_later_stays_pending_until_the_delay_has_passed()
    {
        await using var host = await SandboxHost.StartAsync();
        var (key, url) = await host.PlaceOrder(SandboxDemoIds.ReservedSeating, 1);

        using var outcome = await PaymentSimulator.ChooseAsync(url, "later");
        Assert.Equal("pending", await host.OrderStatus(key));
        host.Time.Advance(TimeSpan.FromSeconds(19));
        Assert.Equal("pending", await host.OrderStatus(key));
        host.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("paid", await host.OrderStatus(key));
    }

    [Fact]
    public async Task A_second_click_does_not_change_a_settled_order()
    {
        await using var host = await SandboxHost.StartAsync();
        var (key, url) = await host.PlaceOrder(SandboxDemoIds.ReservedSeating, 1);
        using var page = await PaymentSimulator.OpenAsync(url);

        using var paid = await page.ClickAsync("pay");
        using var cancelled = await page.ClickAsync("cancel");

        Assert.Equal(HttpStatusCode.SeeOther, cancelled.StatusCode);
        Assert.Equal("paid", await host.OrderStatus(key));
    }

    [Fact]
    public async Task The_page_is_dutch_by_default_and_english_on_request_with_four_labelled_buttons()
    {
        await using var host = await SandboxHost.StartAsync();
        var (_, url) = await host.PlaceOrder(SandboxDemoIds.ReservedSeating, 1);

        var dutch = await host.Http.GetStringAsync(url, Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        using var englishResponse = await host.Http.SendAsync(request, Ct);
        var english = await englishResponse.Content.ReadAsStringAsync(Ct);
        var forced = await host.Http.GetStringAsync($"{url}?culture=nl", Ct);

        Assert.Contains("<html lang=\"nl\">", dutch);
        Assert.Contains(">Betalen</button>", dutch);
        Assert.Contains("<legend>", dutch);
        Assert.Equal(4, dutch.Split("<button type=\"submit\"").Length - 1);
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("Pay later (paid after 20 seconds)", english);
        Assert.Contains("<html lang=\"nl\">", forced);
    }

    [Fact]
    public async Task Unknown_order_on_the_payment_page_is_404()
    {
        await using var host = await SandboxHost.StartAsync();
        using var response = await host.Http.GetAsync("pay/AAAAA-BBBBB-CCCCC-DDDDD", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
