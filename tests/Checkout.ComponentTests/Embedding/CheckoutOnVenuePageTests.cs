using System.Text.Json;
using Bunit;
using Checkout.ComponentTests.Purchase;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Embedding.Analytics;
using Checkout.Web.Shell.Embedding.VenueContext;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Embedding;

/// <summary>
/// The checkout page of a visitor who came through a venue page: the details the venue passed in start an empty form
/// (and only that), checkout_started is rendered for the venue page, and a placed order waits as a purchase.
/// </summary>
public sealed class CheckoutOnVenuePageTests : CheckoutPageTestBase
{
    private static readonly ShopVisitor Visitor = new(ClientKeys.Default, VisitorId, null);

    [Fact]
    public async Task The_venues_details_start_an_empty_form()
    {
        await PassInAsync(new VenuePrefill("jan.jansen@example.nl", "Jan", "Jansen"));

        var page = await RenderWithCartAsync();

        Assert.Equal("jan.jansen@example.nl", ValueOf(page, "email"));
        Assert.Equal("Jan", ValueOf(page, "firstname"));
        Assert.Equal("Jansen", ValueOf(page, "lastname"));
        Assert.Equal("", ValueOf(page, "phone"));
        Assert.Equal("", ValueOf(page, "address"));
        Assert.Empty(page.FindAll("[data-testid=customer-verified]"));
    }

    [Fact]
    public async Task What_the_visitor_typed_wins_over_the_venues_details()
    {
        await PassInAsync(new VenuePrefill("jan.jansen@example.nl", "Jan", "Jansen"));
        await FillCartAsync();
        var sessions = Services.GetRequiredService<CartSessionStore>();
        var session = await sessions.GetAsync(Visitor, Cancel);
        await sessions.SaveAsync(Visitor, session with { Buyer = new Buyer { Email = "piet@example.nl", FirstName = "Piet", LastName = "de Boer" } }, Cancel);

        var page = Render<CheckoutPage>();

        Assert.Equal("piet@example.nl", ValueOf(page, "email"));
        Assert.Equal("Piet", ValueOf(page, "firstname"));
        Assert.Equal("de Boer", ValueOf(page, "lastname"));
    }

    [Fact]
    public async Task Checkout_started_is_rendered_for_the_venue_page_with_the_cart_and_campaign_and_no_personal_data()
    {
        await PassInAsync(new VenuePrefill("jan.jansen@example.nl", "Jan", "Jansen"), new VenueCampaign("newsletter", null, "spring", null, null));

        var page = await RenderWithCartAsync();

        var marker = page.WaitForElement("[data-checkout-venue-event]");
        Assert.NotNull(marker.GetAttribute("hidden"));
        var json = marker.GetAttribute("data-checkout-venue-event")!;
        using var message = JsonDocument.Parse(json);
        var root = message.RootElement;
        Assert.Equal(1, root.GetProperty("v").GetInt32());
        Assert.Equal("checkout_started", root.GetProperty("type").GetString());
        Assert.Equal(49.00m, root.GetProperty("value").GetDecimal());
        Assert.Equal("EUR", root.GetProperty("currency").GetString());
        var item = Assert.Single(root.GetProperty("items").EnumerateArray());
        Assert.Equal(2, item.GetProperty("quantity").GetInt32());
        Assert.Equal(24.50m, item.GetProperty("price").GetDecimal());
        Assert.Equal("spring", root.GetProperty("campaign").GetProperty("campaign").GetString());
        Assert.DoesNotContain("jan", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(VisitorId, json, StringComparison.Ordinal);
    }


    private Task PassInAsync(VenuePrefill prefill, VenueCampaign? campaign = null) =>
        Services.GetRequiredService<VenueVisitStore>().SaveAsync(Visitor, VenueVisit.Empty with { Prefill = prefill, Campaign = campaign }, Cancel);
}
