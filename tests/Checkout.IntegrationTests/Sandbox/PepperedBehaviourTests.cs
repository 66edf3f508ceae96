using System.Net;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Sandbox;

public sealed class PepperedBehaviourTests
{
    [Fact]
    public async Task Customers_are_created_validated_found_updated_and_tagged()
    {
        await using var host = await SandboxHost.StartAsync();
        var peppered = new PepperedClient(host);

        using var created = await peppered.Send(HttpMethod.Post, "customer",
            new { email = "nieuw@example.nl", customerFirstName = "Lotte", customerLastName = "Smit", customerPhone = "0612345678" });
        using var duplicate = await peppered.Send(HttpMethod.Post, "customer",
            new { email = SandboxDemoIds.KnownCustomerEmail, customerFirstName = "J", customerLastName = "D", customerSalutation = "Mx" });
        using var missing = await peppered.Send(HttpMethod.Post, "customer/findByEmail", new { email = "niemand@example.nl" });
        var found = await peppered.Post("customer/findByEmail", new { email = "nieuw@example.nl" });
        var id = found.GetProperty("customerId").GetInt32();
        using var updated = await peppered.Send(HttpMethod.Put, $"customer/{id}", new { customerCity = "Leiden" });
        using var badTag = await peppered.Send(HttpMethod.Post, $"customer/{id}/clienttypes", new[] { "astronaut" });
        var tags = await peppered.Post($"customer/{id}/clienttypes", new[] { "friend", "student" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        var errors = (await SandboxHost.Read(duplicate)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("customerSalutation", out _));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("Leiden", (await SandboxHost.Read(updated)).GetProperty("customerCity").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badTag.StatusCode);
        Assert.Equal(["friend", "student"], tags.EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["friend", "student"], (await peppered.Get($"customer/{id}/clienttypes")).EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task A_picked_seat_is_held_for_one_cart_only()
    {
        await using var host = await SandboxHost.StartAsync();
        var peppered = new PepperedClient(host);
        var plan = await peppered.Get($"seating/{SandboxDemoIds.ReservedSeating}");
        var seat = plan.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("rows").EnumerateArray())
            .SelectMany(r => r.GetProperty("seats").EnumerateArray()).First(s => s.GetProperty("available").GetBoolean());
        var seatId = seat.GetProperty("seatId").GetString();
        var item = new { priceId = await host.FirstDiscountId(SandboxDemoIds.ReservedSeating), rankId = seat.GetProperty("rankId").GetInt32(), eventId = SandboxDemoIds.ReservedSeating, seatId };

        var mine = await peppered.Post("cart/mine", new[] { item });
        using var theirs = await peppered.Send(HttpMethod.Post, "cart/theirs", new[] { item });
        var after = await peppered.Get($"seating/{SandboxDemoIds.ReservedSeating}");

        Assert.Equal(seatId, mine.GetProperty("cartItems")[0].GetProperty("itemId").GetString());
        Assert.Equal(HttpStatusCode.Conflict, theirs.StatusCode);
        Assert.Equal(plan.GetProperty("available").GetInt32() - 1, after.GetProperty("available").GetInt32());
    }

    [Fact]
    public async Task Exports_and_order_lists_are_incremental_by_changed_since()
    {
        await using var host = await SandboxHost.StartAsync();
        var peppered = new PepperedClient(host);
        var everything = await peppered.Post("export/orders");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var since = "2026-04-01T10:01:00+02:00";
        var (key, url) = await host.PlaceOrder(SandboxDemoIds.ReservedSeating, 1);

        var changed = await peppered.Post("export/orders", new { changedSince = since });
        var listed = await peppered.Get($"order?changedSince={Uri.EscapeDataString(since)}");
        var customers = await peppered.Post("export/customers", new { changedSince = since });
        using var invalid = await peppered.Send(HttpMethod.Post, "export/orders", new { changedSince = "yesterday" });

        Assert.True(everything.GetArrayLength() > 10);
        Assert.Equal(key, Assert.Single(changed.EnumerateArray()).GetProperty("orderKey").GetString());
        Assert.Equal("res", Assert.Single(listed.EnumerateArray()).GetProperty("orderStatus").GetString());
        Assert.Equal("koper@example.nl", Assert.Single(customers.EnumerateArray()).GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
    }
}
