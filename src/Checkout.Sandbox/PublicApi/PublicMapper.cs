using Checkout.Sandbox.Data;
using static Checkout.Sandbox.PublicApi.WireFormat;

namespace Checkout.Sandbox.PublicApi;

internal static class PublicMapper
{
    public static MainEventWire MainEvent(Production production, IEnumerable<Performance> performances) =>
        new(production.Id, production.Name, production.Text, production.ShortText, production.Image,
            production.EventTypes, [.. performances.OrderBy(p => p.Start).Select(SubEvent)]);

    public static SubEventWire SubEvent(Performance s)
    {
        var p = s.Production;
        return new(s.Id, p.Name, p.Text, p.ShortText, p.Url, p.Image, EventDate(s.Start), EventTime(s.Start),
            EventTime(s.End), EventViewEndUnset, "sub", p.Id, s.EventFree, s.Status, s.Hall.Id, s.Hall.Name, p.EventTypes);
    }

    /// <summary>Public ticket types are priced on the hall's best rank, which best-available fills first.</summary>
    public static TicketTypeWire TicketType(Performance performance, TicketType type)
    {
        var basePrice = performance.PriceFor(performance.Hall.Ranks[0].RankId);
        return new(type.Id, type.Name, Money(basePrice), type.Kind, Money(type.Value), Money(type.PriceFor(basePrice)));
    }

    /// <summary>One element per ticket, then the total; an empty cart is [{"cart":0}].</summary>
    public static object[] Cart(Cart cart)
    {
        if (cart.Tickets.Count == 0)
        {
            return [new EmptyCartWire(0)];
        }
        var items = cart.Tickets.Select(t => (object)CartItem(t.Seat, t.Performance));
        return [.. items, new CartTotalWire(Money(cart.TicketTotal))];
    }

    public static PaymentMethodWire PaymentMethod(PaymentMethod method) => new(method.Id, method.Name, Money(method.Fee));

    public static LocationWire Location(Hall hall) =>
        new(hall.Id, hall.Name, hall.Address, "", hall.Zip, hall.City, "NL", hall.Phone);

    public static OrderStatusWire OrderStatus(Order order, string ticketsUrl, string receiptUrl) =>
        new(order.PaymentStatus, order.Lines.Count, ticketsUrl, receiptUrl,
            [.. order.Lines.Select(l => new OrderSeatWire(l.Seat.Number, l.Performance.Production.Name,
                l.Performance.Production.EventTypes.FirstOrDefault()))]);

    private static CartItemWire CartItem(Seat seat, Performance performance)
    {
        var claim = seat.Claim!;
        var place = seat.Place;
        return new(seat.Token, Number(place.Row), Number(place.Nr), place.SectionName, performance.Id,
            performance.Production.Name, performance.Hall.Name, CartDate(performance.Start), CartViewEndUnset,
            CartTime(performance.Start), [], 1, Money(claim.Price), performance.Hall.Rank(place.RankId).Name,
            claim.TicketType.Id, claim.TicketType.Name);
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
