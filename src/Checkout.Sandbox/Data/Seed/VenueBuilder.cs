namespace Checkout.Sandbox.Data.Seed;

/// <summary>
/// Builds a venue from a fixed seed relative to a local date, so every reset yields the same
/// programme shifted to "today".
/// </summary>
internal sealed class VenueBuilder(Venue venue, DateTimeOffset now, int seed)
{
    private readonly Random random = new(seed);
    private readonly DateOnly today = DateOnly.FromDateTime(AmsterdamTime.ToWire(now).DateTime);
    private int nextSeatNumber = 2001;

    public Venue Venue => venue;

    public string Token(int length) =>
        string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Tokens.Alphabet[r.Next(Tokens.Alphabet.Length)];
            }
        });

    public TicketType Type(string name, string kind, decimal value, int? perEventCap = null, int? perOrderCap = null) =>
        new(Token(10), name, kind, value, perEventCap, perOrderCap);

    public Production Production(int id, string name, string shortText, string text, string eventType, string? artist = null)
    {
        var production = new Production(id, name, shortText, text) { Artist = artist, EventTypes = [eventType] };
        venue.Productions.Add(production);
        return production;
    }

    public Performance Perform(
        Production production, int id, Hall hall, int dayOffset, string startTime, int minutes, decimal price,
        IReadOnlyList<TicketType> types, int maxPerOrder = 10, string status = Performance.Published)
    {
        var start = today.AddDays(dayOffset).ToDateTime(TimeOnly.Parse(startTime, System.Globalization.CultureInfo.InvariantCulture));
        var performance = new Performance(id, production, hall, start, start.AddMinutes(minutes))
        {
            Status = status, MaxPerOrder = maxPerOrder, BasePrice = price, TicketTypes = types,
        };
        foreach (var place in hall.Places)
        {
            performance.Seats.Add(new Seat(Token(10), nextSeatNumber++, place));
        }
        production.Performances.Add(performance);
        venue.Performances[id] = performance;
        return performance;
    }

    public Customer Customer(string firstName, string lastName, string email, string city, params string[] clientTypes)
    {
        var customer = new Customer(venue.NextCustomerId++)
        {
            Email = email, FirstName = firstName, LastName = lastName, City = city, Country = "NL",
            ClientTypes = [.. clientTypes], LastChanged = now.AddDays(-random.Next(2, 90)),
        };
        venue.Customers[customer.Id] = customer;
        return customer;
    }

    public void Waiting(Customer customer, Performance performance, int tickets, bool notified)
    {
        var created = now.AddDays(-random.Next(3, 20));
        venue.WaitingList.Add(new WaitingListEntry(
            venue.WaitingList.Count + 1, customer, performance, tickets, notified ? "notified" : "waiting",
            created, notified ? created.AddDays(2) : null));
    }

    /// <summary>
    /// Earlier paid sales in small orders, so seat plans, availability and exports have history. Special places
    /// (wheelchair, companion, obstructed view) are left alone, so their state is what <see cref="SellPlaces"/> made it.
    /// </summary>
    public void Sell(Performance performance, int seats) =>
        SellSeats(performance, performance.Seats.Where(s => s.IsFreeForBestAvailable).OrderBy(_ => random.Next()).Take(seats).ToList());

    /// <summary>Sells exactly these places of a numbered hall.</summary>
    public void SellPlaces(Performance performance, IEnumerable<SandboxSeatPosition> places) =>
        SellSeats(performance, [.. places.Select(p => performance.Seats.Single(s =>
            s.Place.SectionName == p.Section && s.Place.Row == p.Row && s.Place.Nr == p.Seat))]);

    private void SellSeats(Performance performance, List<Seat> free)
    {
        var customers = venue.Customers.Values.ToList();
        while (free.Count > 0)
        {
            var group = free.Take(random.Next(1, 5)).ToList();
            free.RemoveRange(0, group.Count);
            var created = now.AddDays(-random.Next(1, 30)).AddMinutes(-random.Next(0, 1440));
            var order = new Order(
                venue.NextOrderId++, Tokens.OrderKey(Token), customers[random.Next(customers.Count)],
                venue.PaymentMethods[random.Next(venue.PaymentMethods.Count)], created)
            {
                Channel = random.Next(5) == 0 ? "sp" : "www",
            };
            foreach (var seat in group)
            {
                var type = performance.TicketTypes[0];
                var price = type.PriceFor(performance.PriceFor(seat.Place.RankId));
                seat.Claim = new SeatClaim(null, order, type, price);
                order.Lines.Add(new OrderLine(seat, performance, type, price));
            }
            order.MarkPaid(created.AddMinutes(3));
            venue.Orders[order.Key] = order;
        }
    }

    public void SellShare(Performance performance, int maxPercent) =>
        Sell(performance, performance.FreeSeats * random.Next(0, maxPercent + 1) / 100);
}
