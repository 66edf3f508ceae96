using Checkout.Sandbox.Data;

namespace Checkout.Sandbox.Peppered;

internal static class PepperedMapper
{
    private static readonly Dictionary<string, string> BlockNames = new()
    {
        ["wheel"] = "Rolstoelplaatsen", ["tech"] = "Techniek", ["sight"] = "Beperkt zicht",
    };

    public static EventWire Event(Performance p) =>
        new(p.Id, p.Production.Id, p.Production.Name, "event",
            p.Production.EventTypes.Count == 0 ? null : string.Join(',', p.Production.EventTypes),
            AmsterdamTime.FromLocal(p.Start), AmsterdamTime.FromLocal(p.End), p.Hall.Id,
            [.. p.Hall.Ranks.Select(r => new EventPriceWire(r.RankId, p.PriceFor(r.RankId)))]);

    /// <summary>The single-event view adds free places per rank and the blocked places per block type.</summary>
    public static EventWire EventWithAvailability(Performance p) => EventWithBlocks(p) with
    {
        Availability = [.. p.Hall.Ranks.Select(r => new AvailabilityWire(r.RankId, r.Name,
            p.OnSale ? p.Seats.Count(s => s.IsFree && s.Place.RankId == r.RankId) : 0))],
    };

    /// <summary>
    /// An event with its places per block type (the list call's view when <see cref="Hosting.Inventions.ListsBlockAvailability"/>):
    /// how many there are and how many can be bought now. A hall without special places sends an empty list.
    /// </summary>
    public static EventWire EventWithBlocks(Performance p) => Event(p) with
    {
        BlockAvailability = [.. p.Seats.Where(s => s.Place.BlockType is not null).GroupBy(s => s.Place.BlockType!)
            .Select(g => new BlockAvailabilityWire(g.Key, BlockNames.GetValueOrDefault(g.Key, g.Key), g.Count(), p.OnSale ? g.Count(s => s.IsFree) : 0))],
    };

    public static ProductionWire Production(Production p) =>
        new(p.Id, p.Artist, p.Name, [.. p.Performances.Select(Event)]);

    public static PaymentMethodWire PaymentMethod(PaymentMethod m) => new(m.Id, m.Name, m.Fee);

    public static UserWire User(Customer c) =>
        new(c.Id, c.Email, c.FirstName, c.LastName, c.Salutation, c.Preposition, c.Address, c.HouseNr, c.Zip,
            c.City, c.Country, c.Phone, c.Credit);

    public static CartWire CartSummary(Cart cart) =>
        new(cart.Id, cart.ExpiresAt is { } expires ? AmsterdamTime.ToWire(expires) : null,
            cart.Tickets.Count + (cart.Donation > 0 ? 1 : 0), cart.TicketTotal + cart.Donation);

    public static CartWire Cart(Cart cart)
    {
        var tickets = cart.Tickets.Select(t => new CartItemWire("ticket", t.Seat.Token, t.Performance.Id,
            t.Seat.Claim!.TicketType.Id, t.Seat.Claim.TicketType.Name,
            $"{t.Performance.Production.Name} — {t.Performance.Hall.Name}", t.Seat.Claim.Price));
        var donation = cart.Donation > 0
            ? [new CartItemWire("donation", Data.Cart.DonationItemId, null, Data.Cart.DonationItemId, "Donatie", "Donatie", cart.Donation)]
            : Array.Empty<CartItemWire>();
        return CartSummary(cart) with { CartItems = [.. tickets, .. donation] };
    }

    public static OrderWire Order(Order o) =>
        new(o.Id, o.Key, o.Customer?.Id, o.Status, o.PaymentStatus, AmsterdamTime.ToWire(o.Created),
            o.Status == Data.Order.Reservation && o.TimeOut is { } t ? AmsterdamTime.ToWire(t) : null,
            o.Amount, o.Donation, AmsterdamTime.ToWire(o.LastChanged), o.PaymentMethod.Name, o.DiscountName);

    /// <summary>Seats of a cancelled order move to deletedSeats, as the audit trail shows them.</summary>
    public static OrderExportWire OrderExport(Order o)
    {
        var summary = Order(o);
        var seats = o.Lines.Select(l => new ExportSeatWire(l.Seat.Number, l.Performance.Id, l.Seat.Place.RankId,
            l.Seat.Place.Row, l.Seat.Place.Nr, l.Price, l.TicketType.Id, l.TicketType.Name)).ToList();
        var cancelled = o.Status == Data.Order.Cancelled;
        return new(o.Id, o.Key, o.Customer?.Id, o.Status, o.PaymentStatus, o.Channel, summary.OrderDate, summary.TimeOut,
            summary.LastChanged, o.Amount, o.PaymentMethod.Fee, o.Donation, o.PaymentMethod.Name, o.DiscountName,
            cancelled ? [] : seats, cancelled ? seats : [], o.Customer is { } customer ? User(customer) : null);
    }

    public static WaitingListWire Waiting(WaitingListEntry w) =>
        new(w.Id, w.Customer.Id, w.Performance.Id, w.NumberOfTickets, w.Type, AmsterdamTime.ToWire(w.CreatedAt),
            w.NotifiedAt is { } n ? AmsterdamTime.ToWire(n) : null, User(w.Customer));

    public static HallWire Hall(Hall h) => new(h.Id, h.Name, h.Address, h.Zip, h.City, h.Phone, h.Url);

    public static SeatPlanWire SeatPlan(Performance p)
    {
        var levels = p.Hall.Ranks.SelectMany(r => p.TicketTypes.Select(t =>
            new PriceLevelWire(t.Id, r.RankId, $"{r.Name} – {t.Name}", t.PriceFor(p.PriceFor(r.RankId)))));
        var sections = p.Seats.Where(s => s.Place.Row > 0).GroupBy(s => (s.Place.SectionId, s.Place.SectionName))
            .Select(section => new SectionWire(section.Key.SectionId, section.Key.SectionName!,
                [.. section.GroupBy(s => s.Place.Row).Select(row => new RowWire(row.Key, [.. row.Select(s => PlanSeat(p, s, row))]))]));
        return new(p.Id, p.Hall.Id, [.. levels], [.. sections], p.OnSale ? p.FreeSeats : 0);
    }

    private static PlanSeatWire PlanSeat(Performance p, Seat seat, IEnumerable<Seat> row) =>
        new(seat.Token, seat.Place.Nr, seat.Place.RankId, p.OnSale && seat.IsFree)
        {
            BlockType = seat.Place.BlockType,
            CompanionSeatId = seat.Place.CompanionNr is { } nr ? row.Single(s => s.Place.Nr == nr).Token : null,
        };
}
