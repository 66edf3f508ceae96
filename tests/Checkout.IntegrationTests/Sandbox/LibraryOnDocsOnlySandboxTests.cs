using Checkout.Sandbox;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Public;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>What the client library reports when VdM does only what it documents (Sandbox:DocsOnly).</summary>
public sealed class LibraryOnDocsOnlySandboxTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_public_cart_unknown_to_peppered_is_a_null_summary_the_shop_can_fall_back_on()
    {
        await using var sandbox = await SandboxHost.StartAsync(new() { ["Sandbox:DocsOnly"] = "true" });
        await using var library = LibraryOnSandbox.For(sandbox);
        var vdm = library.Demo;
        var cartId = await vdm.Public.CreateCartAsync(Ct);
        var standaard = (await vdm.Public.GetTicketTypesAsync(SandboxDemoIds.TenSeatsLeft, Ct))[0];
        var cart = await vdm.Public.AddTicketsAsync(cartId, SandboxDemoIds.TenSeatsLeft, standaard.DiscountId, 2, Ct);

        Assert.Null(await vdm.Peppered.FindCartSummaryAsync(cartId, Ct));
        Assert.Null(await vdm.Peppered.FindCartAsync(cartId, Ct));
        var removed = await vdm.Public.RemoveTicketAsync(cartId, cart.Lines[0].SeatId, Ct);
        Assert.Single(removed.Lines);
    }

    [Fact]
    public async Task A_refusal_is_a_rejection_without_our_texts()
    {
        await using var sandbox = await SandboxHost.StartAsync(new() { ["Sandbox:DocsOnly"] = "true" });
        await using var library = LibraryOnSandbox.For(sandbox);
        var vdm = library.Demo;
        var cartId = await vdm.Public.CreateCartAsync(Ct);
        var standaard = (await vdm.Public.GetTicketTypesAsync(SandboxDemoIds.TenSeatsLeft, Ct))[0];

        var refused = await Assert.ThrowsAsync<VoordeMensenException>(() => vdm.Public.AddTicketsAsync(cartId, SandboxDemoIds.TenSeatsLeft, standaard.DiscountId, 11, Ct));

        Assert.Equal((VdmErrorKind.Rejected, 400), (refused.Kind, refused.StatusCode));
        Assert.DoesNotContain("Maximum", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_order_is_anonymous_in_peppered()
    {
        await using var sandbox = await SandboxHost.StartAsync(new() { ["Sandbox:DocsOnly"] = "true" });
        await using var library = LibraryOnSandbox.For(sandbox);
        var vdm = library.Demo;
        var cartId = await vdm.Public.CreateCartAsync(Ct);
        var standaard = (await vdm.Public.GetTicketTypesAsync(SandboxDemoIds.TenSeatsLeft, Ct))[0];
        await vdm.Public.AddTicketsAsync(cartId, SandboxDemoIds.TenSeatsLeft, standaard.DiscountId, 1, Ct);

        var created = await vdm.Public.CreateOrderAsync(new OrderRequest(cartId, SandboxDemoIds.Ideal, new Uri("https://shop.example.nl/return"),
            new BuyerDetails { Email = SandboxDemoIds.KnownCustomerEmail, FirstName = "Jane", LastName = "Doe" }), Ct);

        var order = (await vdm.Peppered.GetOrdersAsync(SandboxHost.Start.AddMinutes(-1), Ct)).Single(o => o.OrderKey == created.OrderKey);
        Assert.Null(order.CustomerId);
    }
}
