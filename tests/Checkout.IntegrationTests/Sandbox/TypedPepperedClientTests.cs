using Checkout.Sandbox;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered;
using Checkout.VoordeMensen.Peppered.SeatMaps;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>
/// The typed Peppered client (IVdmPepperedService) against the real sandbox, for every Peppered endpoint: what the
/// stub tests prove against VdM's examples must also hold against the sandbox the shop runs on.
/// </summary>
public sealed class TypedPepperedClientTests
{
    private static readonly DateTimeOffset Start = SandboxHost.Start;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Customers_are_read_found_created_updated_tagged_and_exported()
    {
        await using var vdm = await SandboxVdm.StartAsync();
        var peppered = vdm.Demo.Peppered;

        var known = await peppered.GetCustomerAsync(SandboxDemoIds.KnownCustomer, Ct);
        var found = await peppered.FindCustomerByEmailAsync(SandboxDemoIds.KnownCustomerEmail, Ct);
        var created = await peppered.CreateCustomerAsync(
            new CustomerDraft("lotte.smit@example.nl", "Lotte", "Smit") { Details = new CustomerDetails { City = "Leiden", Phone = "0612345678" } }, Ct);
        var duplicate = await Assert.ThrowsAsync<VoordeMensenException>(() =>
            peppered.CreateCustomerAsync(new CustomerDraft(SandboxDemoIds.KnownCustomerEmail, "J", "D"), Ct));
        var updated = await peppered.UpdateCustomerAsync(created.Id, new CustomerUpdate { Details = new CustomerDetails { City = "Haarlem" } }, Ct);
        await peppered.SetCustomerClientTypesAsync(created.Id, ["friend", "student"], Ct);

        Assert.NotNull(known);
        Assert.Equal((SandboxDemoIds.KnownCustomerEmail, "Jane", "Doe", "Amsterdam"), (known.Email, known.FirstName, known.LastName, known.Details.City));
        Assert.Equal(known, found);
        Assert.Null(await peppered.GetCustomerAsync(99_999, Ct));
        Assert.Null(await peppered.FindCustomerByEmailAsync("niemand@example.nl", Ct));
        Assert.Equal(("Lotte", "Leiden", "0612345678"), (created.FirstName, created.Details.City, created.Details.Phone));
        Assert.Equal((VdmErrorKind.Validation, 422), (duplicate.Kind, duplicate.StatusCode));
        Assert.Contains("email", duplicate.FieldErrors.Keys);
        Assert.Equal(("Lotte", "Haarlem"), (updated.FirstName, updated.Details.City));
        Assert.Equal(["friend", "student"], await peppered.GetCustomerClientTypesAsync(created.Id, Ct));
        Assert.Equal(["friend", "donor", "vip", "press", "student", "subscriber"], await peppered.ExportClientTypesAsync(Ct));
        Assert.Equal("lotte.smit@example.nl", Assert.Single(await peppered.ExportCustomersAsync(Start, Ct)).Email);
    }

    [Fact]
    public async Task Events_production_and_payment_methods_read_with_availability_per_rank_and_block()
    {
        await using var vdm = await SandboxVdm.StartAsync();
        var peppered = vdm.Demo.Peppered;

        var events = await peppered.GetEventsAsync(new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 31), Ct);
        var hamlet = await peppered.GetEventAsync(SandboxDemoIds.ReservedSeating, Ct);
        var cabaret = await peppered.GetEventAsync(SandboxDemoIds.TenSeatsLeft, Ct);
        var plan = await peppered.GetSeatPlanAsync(SandboxDemoIds.ReservedSeating, Ct);
        var production = await peppered.GetProductionAsync(SandboxDemoIds.MultiPerformanceProduction, Ct);

        Assert.True(events.Count >= 24);
        var listed = events.Single(e => e.Id == SandboxDemoIds.ReservedSeating);
        Assert.Equal((1, TimeSpan.FromHours(2)), (listed.HallId, listed.Start!.Value.Offset));
        Assert.Equal([new PepperedPrice(41, null, null, null, 32.50m), new PepperedPrice(42, null, null, null, 26.50m)], listed.Prices);
        // The list carries the places per block type (wheelchair places …), not the free places per rank.
        Assert.Empty(listed.Availability.Ranks);
        Assert.Empty(listed.Availability.Seats);
        Assert.True(listed.Availability.BlocksReported);

        Assert.NotNull(hamlet);
        var freePerRank = plan.Sections.SelectMany(s => s.Rows).SelectMany(r => r.Seats).Where(s => s.Available)
            .GroupBy(s => s.RankId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal([new RankAvailability(41, "Rang 1", freePerRank[41]), new RankAvailability(42, "Rang 2", freePerRank[42])], hamlet.Availability.Ranks);
        Assert.Equal(plan.Available, hamlet.Availability.Ranks.Sum(r => r.Available));
        Assert.Equal(
            [new BlockAvailability(BlockKind.Wheelchair, "wheel", "Rolstoelplaatsen", 3, 2), new BlockAvailability(BlockKind.Technical, "tech", "Techniek", 2, 0),
             new BlockAvailability(BlockKind.ObstructedView, "sight", "Beperkt zicht", 4, 4)],
            hamlet.Availability.Blocks);
        Assert.True(hamlet.Availability.WheelchairPlacesAvailable);
        Assert.Equal(hamlet.Availability.Blocks, listed.Availability.Blocks);
        Assert.True(listed.Availability.WheelchairPlacesBuyable);
        Assert.Equal([new RankAvailability(43, "Vrije plaatsing", 10)], cabaret!.Availability.Ranks);
        Assert.Empty(cabaret.Availability.Blocks);
        Assert.False(cabaret.Availability.WheelchairPlacesAvailable);
        Assert.Null(await peppered.GetEventAsync(999_999, Ct));

        Assert.NotNull(production);
        Assert.Equal("Hamlet", production.Title);
        Assert.Equal(Enumerable.Range(SandboxDemoIds.MultiPerformanceFirst, 8), production.Events.Select(e => e.Id).Order());
        Assert.Null(await peppered.GetProductionAsync(999, Ct));
        Assert.Equal(
            [new PepperedPaymentMethod(33, "iDEAL", 0m), new PepperedPaymentMethod(34, "Creditcard", 1.50m), new PepperedPaymentMethod(35, "Bancontact", 0m), new PepperedPaymentMethod(37, "PayPal", 0m)],
            await peppered.GetPaymentMethodsAsync(Ct));
    }

    [Fact]
    public async Task A_cart_is_summarised_read_filled_trimmed_emptied_and_checked_out_into_an_order_that_is_listed_read_and_exported()
    {
        await using var vdm = await SandboxVdm.StartAsync();
        var peppered = vdm.Demo.Peppered;
        var performance = SandboxDemoIds.MultiPerformanceFirst + 1;
        var standaard = (await vdm.Demo.Public.GetTicketTypesAsync(performance, Ct)).Single(t => t.Name == "Standaard").DiscountId;

        var empty = await peppered.GetCartSummaryAsync("typed-cart", Ct);
        var added = await peppered.AddToCartAsync("typed-cart",
            [PepperedCartAddition.Tickets(performance, standaard, 41, 2), PepperedCartAddition.Donation(5.00m)], Ct);
        var summary = await peppered.GetCartSummaryAsync("typed-cart", Ct);
        var read = await peppered.GetCartAsync("typed-cart", Ct);
        var trimmed = await peppered.RemoveCartItemAsync("typed-cart", "donation", Ct);
        await peppered.AddToCartAsync("other-cart", [PepperedCartAddition.Tickets(performance, standaard, 42, 3)], Ct);
        await peppered.EmptyCartAsync("other-cart", Ct);
        var order = await peppered.CheckoutAsync("typed-cart", new PepperedCheckout(SandboxDemoIds.Ideal, SandboxDemoIds.KnownCustomer), Ct);

        Assert.Equal(new PepperedCartSummary("typed-cart", null, 0, 0m), empty);
        Assert.Equal((3, 70.00m), (added.NumberOfItems, added.Amount));
        Assert.Equal(["ticket", "ticket", "donation"], added.Items.Select(i => i.ItemType));
        Assert.Equal(new PepperedCartSummary("typed-cart", Start.AddMinutes(15), 3, 70.00m), summary);
        Assert.Equal((added.CartId, added.TimeOut, added.NumberOfItems, added.Amount), (read.CartId, read.TimeOut, read.NumberOfItems, read.Amount));
        Assert.Equal(added.Items, read.Items);
        Assert.Equal((2, 65.00m), (trimmed.NumberOfItems, trimmed.Amount));
        Assert.True((await peppered.GetCartAsync("other-cart", Ct)).IsEmpty);
        Assert.Equal((OrderStateKind.Reservation, 65.00m, SandboxDemoIds.KnownCustomer), (order.State.Kind, order.Amount, order.CustomerId));

        var listed = Assert.Single(await peppered.GetOrdersAsync(Start, Ct));
        var one = await peppered.GetOrderAsync(order.Id, Ct);
        var exported = Assert.Single(await peppered.ExportOrdersAsync(Start, Ct));
        Assert.Equal(order.OrderKey, listed.OrderKey);
        Assert.Equal(order.OrderKey, one?.OrderKey);
        Assert.Null(await peppered.GetOrderAsync(1, Ct));
        Assert.Equal(order.OrderKey, exported.Order.OrderKey);
        Assert.Equal(2, exported.Seats.Count);
        Assert.All(exported.Seats, s => Assert.Equal((performance, 41, 32.50m, true), (s.EventId, s.RankId!.Value, s.Amount, s.Row > 0 && s.SeatNumber > 0)));
        Assert.Equal(SandboxDemoIds.KnownCustomerEmail, exported.Customer?.Email);
        Assert.Equal(2, (await peppered.ExportWaitingListAsync(null, Ct)).Count(w => w.EventId == SandboxDemoIds.SoldOut));
    }

    [Fact]
    public async Task Halls_and_seat_plans_read_for_both_clients()
    {
        await using var vdm = await SandboxVdm.StartAsync();
        var demo = vdm.Demo.Peppered;

        var halls = await demo.GetHallsAsync(Ct);
        var grote = await demo.GetHallAsync(SandboxDemoSeats.DemoHall, Ct);
        var plan = await demo.GetSeatPlanAsync(SandboxDemoIds.ReservedSeating, Ct);
        var fringeHall = await vdm.Fringe.Peppered.GetHallAsync(SandboxDemoSeats.FringeHall, Ct);

        Assert.Equal([1, 2, 3], halls.Select(h => h.Id));
        Assert.Equal(
            new Hall(1, "De Ster Grote Zaal", "Sterrenplein 1", "2011 AA", "Haarlem", "023-5123400", new Uri("https://stadsschouwburg-de-ster.example.nl")),
            grote);
        Assert.Null(await demo.GetHallAsync(999, Ct));
        Assert.Equal("Theaterzaal Oudegracht", fringeHall?.Name);
        Assert.Contains(await vdm.Fringe.Peppered.GetHallsAsync(Ct), h => h.Id == SandboxDemoSeats.FringeHall);

        Assert.Equal((SandboxDemoIds.ReservedSeating, 1), (plan.EventId, plan.HallId));
        Assert.Equal([SandboxDemoSeats.DemoStalls, SandboxDemoSeats.DemoBalcony], plan.Sections.Select(s => s.Name));
        Assert.Equal(Enumerable.Range(1, 10), plan.Sections[0].Rows.Select(r => r.RowNumber));
        Assert.Equal(Enumerable.Range(1, 14), plan.Sections[0].Rows[0].Seats.Select(s => s.SeatNumber));
        var wheelchair = plan.Sections[0].Rows[9].Seats[0];
        Assert.Equal(("wheel", plan.Sections[0].Rows[9].Seats[1].SeatId), (wheelchair.BlockType, wheelchair.CompanionSeatId));
        Assert.Contains(new PriceLevel(plan.PriceLevels[0].PriceId, 41, "Rang 1 – Standaard", 32.50m), plan.PriceLevels);
        Assert.Equal(plan.Sections.SelectMany(s => s.Rows).SelectMany(r => r.Seats).Count(s => s.Available), plan.Available);
        Assert.Empty((await demo.GetSeatPlanAsync(SandboxDemoIds.TenSeatsLeft, Ct)).Sections);
    }
}
