namespace Checkout.IntegrationTests.VoordeMensen;

/// <summary>
/// The Peppered JSON examples of customers, events, payment methods and cart of shared/api/voordemensen-api.md, copied verbatim (section in each comment).
/// </summary>
internal static partial class PepperedContractExamples
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
}
