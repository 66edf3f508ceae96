namespace Checkout.IntegrationTests.VoordeMensen;

/// <summary>
/// The Peppered JSON examples of orders, seating and exports of shared/api/voordemensen-api.md, copied verbatim (section in each comment).
/// </summary>
internal static partial class PepperedContractExamples
{
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
