namespace Checkout.IntegrationTests.Sandbox;

/// <summary>Payload examples copied from shared/api/voordemensen-api.md.</summary>
internal static class ContractExamples
{
    public const string MainEvent = """
        {"event_id": 94, "event_name": "VoordeMensen Demo Event", "event_text": "Extra text",
         "event_short_text": "Subtitle or company name", "event_image": null, "sub_events": [ {
            "event_id": 95, "event_name": "VoordeMensen Demo Event", "event_text": "Extra text",
            "event_short_text": "Subtitle or company name", "event_url": null, "event_image": null,
            "event_date": "2026-04-01", "event_time": "20:30:00", "event_end": "22:30:00",
            "event_view_end": "0000-00-00 00:00:00", "event_rep": "sub", "event_main_id": 94, "event_free": 10,
            "event_status": "pub", "location_id": 1, "location_name": "Bellevue Grote Zaal" } ] }
        """;

    public const string SubEvent = """
        {"event_id": 95, "event_name": "VoordeMensen Demo Event", "event_text": "Extra text",
         "event_short_text": "Subtitle or company name", "event_url": null, "event_image": null,
         "event_date": "2026-04-01", "event_time": "20:30:00", "event_end": "22:30:00",
         "event_view_end": "0000-00-00 00:00:00", "event_rep": "sub", "event_main_id": 94, "event_free": 10,
         "event_status": "pub", "location_id": 1, "location_name": "Bellevue Grote Zaal"}
        """;

    public const string TicketType = """
        {"discount_id": "2ePdA8q3BN", "discount_name": "Standaard", "base_price": "24.50",
         "discount_type": "\u20ac", "discount_value": "0.00", "discounted_price": "24.50"}
        """;

    public const string CartCreated = """{"cart_id":"4DSMDACyPo8wLr8vFnTVUR6HzWC5tWGi"}""";

    public const string CartItem = """
        {"seat_id": "azL0bNZdD1", "seat_row_nr": "0", "seat_nr": "0", "pmp_name": null, "event_id": 95,
         "event_name": "VoordeMensen Demo Event", "location_name": "Bellevue Grote Zaal", "event_date": "01-04-2022",
         "event_view_end": "00-00-0000", "event_time": "20:30", "recommand": [], "numberoftickets": 1,
         "seat_price": "24.50", "category_name": "standaard", "discount_id": "2ePdA8q3BN", "discount_name": "Standaard"}
        """;

    public const string CartTotal = """{"totalprice": "24.50"}""";

    public const string EmptyCart = """[{"cart": 0}]""";

    public const string PaymentMethod = """{"payment_id": 33, "payment_desc": "iDEAL", "payment_cost": "0.00"}""";

    public const string OrderCreated = """[{"url": "https://link-to-paymentprovider", "order_key": "unique-identifier-of-order"}]""";

    public const string OrderStatus = """
        {"order_payment_status": "paid", "order_tickets_nr": 1,
         "order_tickets_url": "https://tickets.voordemensen.nl/client_name/order/XgFca-QmBxG-9WhAj-Osszb/ticket",
         "order_receipt_url": "https://tickets.voordemensen.nl/client_name/order/XgFca-QmBxG-9WhAj-Osszb/receipt",
         "seats": [{"seat_id": 2904, "event_name": "Your Event", "event_type": null}]}
        """;

    public const string Error = """{"message": "Event not found"}""";
}
