namespace Checkout.IntegrationTests.Sandbox;

/// <summary>Peppered payload examples copied from shared/api/voordemensen-api.md §2.</summary>
internal static class PepperedExamples
{
    public const string User = """
        {"customerId": 867, "email": "visitor@example.com", "customerFirstName": "Jane", "customerLastName": "Doe"}
        """;

    public const string Event = """
        {"eventId": 95, "productionId": 94, "eventName": "VoordeMensen Demo Event", "eventType": null, "eventTags": null,
         "start": "2026-04-01T20:30:00+02:00", "end": "2026-04-01T22:30:00+02:00", "hallId": 1,
         "prices": [{"rankId": 42, "amount": 24.5}]}
        """;

    public const string Production = """{"productionId": 94, "artist": null, "title": "VoordeMensen Demo Event"}""";

    public const string PaymentMethod = """{"paymentMethodId": 1, "name": "iDEAL", "fee": 0.00}""";

    public const string CartSummary = """
        {"cartId": "4DSMDACyPo8wLr8vFnTVUR6HzWC5tWGi", "timeOut": "2026-04-22T14:35:00+02:00", "numberOfItems": 3, "amount": 73.50}
        """;

    /// <summary>A ticket line of the CartResource example.</summary>
    public const string CartTicketItem = """
        {"itemType": "ticket", "itemId": "azL0bNZdD1", "eventId": 95, "priceId": "2ePdA8q3BN", "priceName": "Standard",
         "description": "Hamlet — Grote Zaal", "amount": 24.50}
        """;

    public const string Order = """
        {"orderId": 12345, "orderKey": "XgFca-QmBxG-9WhAj-Osszb", "customerId": 867, "orderStatus": "ord",
         "orderPaymentStatus": "paid", "orderDate": "2026-04-22T13:08:55+02:00", "timeOut": null, "amount": 49.00,
         "orderDonation": 5.00, "lastChanged": "2026-04-22T13:10:12+02:00", "handlingTextPayment": "iDEAL", "discountName": null}
        """;

    public const string Hall = """
        {"hallId": 1, "hallName": "Bellevue Grote Zaal", "hallAddress": "Leidsekade 90", "hallZip": "1017 PN",
         "hallCity": "Amsterdam", "hallPhone": "020-5305301", "hallUrl": "https://theaterbellevue.nl"}
        """;

    public const string SeatPlan = """
        {"eventId": 95, "hallId": 1, "priceLevels": [{"priceId": "2ePdA8q3BN", "rankId": 42, "name": "Rang 1", "amount": 24.50}],
         "sections": [{"sectionId": 5, "sectionName": "Parket", "rows": [{"rowNr": 1, "seats": [
            {"seatId": "abc", "seatNr": 1, "rankId": 42, "available": true}]}]}], "available": 120}
        """;

    public const string OrderExport = """
        {"orderId": 12345, "orderKey": "XgFca-QmBxG-9WhAj-Osszb", "customerId": 867, "orderStatus": "ord",
         "orderPaymentStatus": "paid", "orderChannel": "www", "orderDate": "2026-04-22T13:08:55+02:00", "timeOut": null,
         "lastChanged": "2026-04-22T13:10:12+02:00", "amount": 49.00, "fee": 0.50, "donation": 5.00,
         "handlingTextPayment": "iDEAL", "discountName": null,
         "seats": [{"seatId": 2904, "eventId": 95, "rankId": 42, "rowNr": 5, "seatNr": 12, "amount": 24.50,
                    "priceId": "2ePdA8q3BN", "priceName": "Standard"}],
         "deletedSeats": [],
         "user": {"customerId": 867, "email": "visitor@example.com", "customerFirstName": "Jane", "customerLastName": "Doe"}}
        """;

    public const string WaitingList = """
        {"waitingId": 42, "customerId": 867, "eventId": 95, "numberOfTickets": 2, "type": "notified",
         "createdAt": "2026-04-10T10:00:00+02:00", "notifiedAt": "2026-04-20T09:30:00+02:00",
         "user": {"customerId": 867, "email": "visitor@example.com", "customerFirstName": "Jane", "customerLastName": "Doe"}}
        """;
}
