using System.Text;
using Checkout.Tests.Shared.Fakes;
using Checkout.VoordeMensen.Carts;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Orders;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Checkout.UnitTests.Shop;

/// <summary>
/// Cart sessions and order attempts are the shop's own versioned records: what cannot be read as the current version
/// (written by an older format, damaged) counts as empty or unknown, never as an exception.
/// </summary>
public sealed class StoredRecordTests
{
    private static readonly ShopVisitor Visitor = new("default", "visitor-1", null);

    // A session as the shop stored it before its records had versions (with VdM's cart and line records).
    private const string UnversionedSession = """
        {"cartId":"cart-1","cart":{"lines":[{"seatId":"s1","eventId":2101,"price":24.5,"categoryName":"standaard"}],"total":24.5,"isEmpty":false},
         "selection":[{"performanceId":2101,"discountId":"std","quantity":1}],"renewals":0}
        """;

    private readonly MemoryDistributedCache cache = new(Options.Create(new MemoryDistributedCacheOptions()));

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_saved_session_reads_back_as_saved()
    {
        var store = new CartSessionStore(cache, NullLogger<CartSessionStore>.Instance);
        var held = new HeldCart([new HeldTicket { SeatId = "s1", EventId = DemoCatalog.Performance, Price = 24.50m, DiscountId = DemoCatalog.Standard }], 24.50m);
        var session = CartSession.Empty.InNewCart("cart-1").Added(held, new CartHold(DemoCatalog.Start, PepperedKnowsCart: true), DemoCatalog.Start.AddMinutes(-15));

        await store.SaveAsync(Visitor, session, Ct);
        var read = await store.GetAsync(Visitor, Ct);

        Assert.Equal(CartSession.CurrentVersion, read.Version);
        Assert.Equal("cart-1", read.CartId);
        Assert.Equal("s1", Assert.Single(read.Cart.Lines).SeatId);
        Assert.Equal([new TicketSelection(DemoCatalog.Performance, DemoCatalog.Standard, 1)], read.Selection);
        Assert.Equal(15, read.HoldMinutes);
    }

    [Theory]
    [InlineData(UnversionedSession)]
    [InlineData("""{"version":99,"cartId":"cart-1"}""")]
    [InlineData("""{"version":1,"cart":{"lines":[{"price":"not a number"}]}}""")]
    [InlineData("not json at all")]
    public async Task A_session_of_another_format_or_a_damaged_one_reads_as_empty(string stored)
    {
        await cache.SetAsync($"checkout:{Visitor.ClientKey}:visitor:{Visitor.Id}:cart", Encoding.UTF8.GetBytes(stored), Ct);
        var store = new CartSessionStore(cache, NullLogger<CartSessionStore>.Instance);

        var read = await store.GetAsync(Visitor, Ct);

        Assert.Null(read.CartId);
        Assert.True(read.Cart.IsEmpty);
        Assert.Empty(read.Selection);
    }

    [Theory]
    [InlineData("""{"selection":[{"performanceId":2101,"discountId":"std","quantity":1}],"lines":[],"placedAt":"2026-04-01T20:00:00+02:00"}""")]
    [InlineData("""{"version":1,"selection":"nope"}""")]
    public async Task An_order_attempt_of_another_format_or_a_damaged_one_is_unknown(string stored)
    {
        await cache.SetAsync("checkout:default:order:KEY01-abcde", Encoding.UTF8.GetBytes(stored), Ct);
        var store = new OrderAttemptStore(cache, NullLogger<OrderAttemptStore>.Instance);

        Assert.Null(await store.GetAsync("default", "KEY01-abcde", Ct));
    }

    [Fact]
    public async Task A_saved_order_attempt_reads_back_as_saved()
    {
        var store = new OrderAttemptStore(cache, NullLogger<OrderAttemptStore>.Instance);
        var line = new HeldTicket { SeatId = "s1", EventId = DemoCatalog.Performance, Price = 24.50m };
        var attempt = new OrderAttempt([new TicketSelection(DemoCatalog.Performance, DemoCatalog.Standard, 1)], [line], DemoCatalog.Start, 5m);

        await store.SaveAsync("default", "KEY01-abcde", attempt, Ct);
        var read = await store.GetAsync("default", "KEY01-abcde", Ct);

        Assert.NotNull(read);
        Assert.Equal(attempt.Selection, read.Selection);
        Assert.Equal(line, Assert.Single(read.Lines));
        Assert.Equal(5m, read.Donation);
    }
}
