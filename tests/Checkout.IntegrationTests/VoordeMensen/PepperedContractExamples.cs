namespace Checkout.IntegrationTests.VoordeMensen;

/// <summary>
/// The Peppered JSON examples of shared/api/voordemensen-api.md, copied verbatim (section in each comment).
/// </summary>
internal static class PepperedContractExamples
{
    // §2.1
    public const string PepperedCustomer = """
{
  "customerId": 867,
  "email": "visitor@example.com",
  "customerFirstName": "Jane",
  "customerLastName": "Doe"
}
""";

    // §2.2
    public const string PepperedEvents = """
[
{
"eventId": 95,
"productionId": 94,
"eventName": "VoordeMensen Demo Event",
"eventType": null,
"eventTags": null,
"start": "2026-04-01T20:30:00+02:00",
"end": "2026-04-01T22:30:00+02:00",
"hallId": 1,
"prices": [
{ "rankId": 42, "amount": 24.5 }
]
}
]
""";

    // §2.2
    public const string PepperedProduction = """
{
"productionId": 94,
"artist": null,
"title": "VoordeMensen Demo Event"
}
""";

    // §2.3
    public const string PepperedPaymentMethods = """
[
{ "paymentMethodId": 1, "name": "iDEAL", "fee": 0.00 },
{ "paymentMethodId": 2, "name": "Cash", "fee": 0.00 },
{ "paymentMethodId": 3, "name": "Invoice", "fee": 2.50 }
]
""";

    // §2.4 summary
    public const string PepperedCartSummary = """
{
"cartId": "4DSMDACyPo8wLr8vFnTVUR6HzWC5tWGi",
"timeOut": "2026-04-22T14:35:00+02:00",
"numberOfItems": 3,
"amount": 73.50
}
""";

    // §2.4 CartResource
    public const string PepperedCart = """
{
"cartId": "4DSMDACyPo8wLr8vFnTVUR6HzWC5tWGi",
"timeOut": "2026-04-22T14:35:00+02:00",
"numberOfItems": 2,
"amount": 49.00,
"cartItems": [
{
"itemType": "ticket",
"itemId": "azL0bNZdD1",
"eventId": 95,
"priceId": "2ePdA8q3BN",
"priceName": "Standard",
"description": "Hamlet — Grote Zaal",
"amount": 24.50
}
]
}
""";

    // §2.4 add body
    public const string PepperedCartAddBody = """
[
{ "priceId": "2ePdA8q3BN", "rankId": 42, "eventId": 95, "numberOfTickets": 2 },
{ "priceId": "donation", "rankId": 0, "amount": 5.00 }
]
""";

    // §2.5
    public const string PepperedOrders = """
[
{
"orderId": 12345,
"orderKey": "XgFca-QmBxG-9WhAj-Osszb",
"customerId": 867,
"orderStatus": "ord",
"orderPaymentStatus": "paid",
"orderDate": "2026-04-22T13:08:55+02:00",
"timeOut": null,
"amount": 49.00,
"orderDonation": 5.00,
"lastChanged": "2026-04-22T13:10:12+02:00",
"handlingTextPayment": "iDEAL",
"discountName": null
}
]
""";

    // §2.6 halls
    public const string PepperedHalls = """
[
{
"hallId": 1,
"hallName": "Bellevue Grote Zaal",
"hallAddress": "Leidsekade 90",
"hallZip": "1017 PN",
"hallCity": "Amsterdam",
"hallPhone": "020-5305301",
"hallUrl": "https://theaterbellevue.nl"
}
]
""";

    // §2.6 seat plan
    public const string PepperedSeatPlan = """
{
"eventId": 95,
"hallId": 1,
"priceLevels": [
{ "priceId": "2ePdA8q3BN", "rankId": 42, "name": "Rang 1", "amount": 24.50 }
],
"sections": [
{
"sectionId": 5,
"sectionName": "Parket",
"rows": [
{
"rowNr": 1,
"seats": [
{ "seatId": "abc", "seatNr": 1, "rankId": 42, "available": true },
{ "seatId": "def", "seatNr": 2, "rankId": 42, "available": false }
]
}
]
}
],
"available": 120
}
""";

    // §2.7 orders
    public const string PepperedOrderExport = """
[
{
"orderId": 12345,
"orderKey": "XgFca-QmBxG-9WhAj-Osszb",
"customerId": 867,
"orderStatus": "ord",
"orderPaymentStatus": "paid",
"orderChannel": "www",
"orderDate": "2026-04-22T13:08:55+02:00",
"timeOut": null,
"lastChanged": "2026-04-22T13:10:12+02:00",
"amount": 49.00,
"fee": 0.50,
"donation": 5.00,
"handlingTextPayment": "iDEAL",
"discountName": null,
"seats": [
{
"seatId": 2904,
"eventId": 95,
"rankId": 42,
"rowNr": 5,
"seatNr": 12,
"amount": 24.50,
"priceId": "2ePdA8q3BN",
"priceName": "Standard"
}
],
"deletedSeats": [],
"user": {
"customerId": 867,
"email": "visitor@example.com",
"customerFirstName": "Jane",
"customerLastName": "Doe"
}
}
]
""";

    // §2.7 waiting list
    public const string PepperedWaitingList = """
[
{
"waitingId": 42,
"customerId": 867,
"eventId": 95,
"numberOfTickets": 2,
"type": "notified",
"createdAt": "2026-04-10T10:00:00+02:00",
"notifiedAt": "2026-04-20T09:30:00+02:00",
"user": {
"customerId": 867,
"email": "visitor@example.com",
"customerFirstName": "Jane",
"customerLastName": "Doe"
}
}
]
""";

    // §2.7
    public const string ClientTypes = """["friend", "donor", "vip", "press", "student", "subscriber"]""";
}
