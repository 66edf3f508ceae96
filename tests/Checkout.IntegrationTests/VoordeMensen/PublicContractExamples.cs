namespace Checkout.IntegrationTests.VoordeMensen;

/// <summary>
/// The public-API JSON examples of shared/api/voordemensen-api.md, copied verbatim (section in each comment).
/// </summary>
internal static class PublicContractExamples
{
    // §1.1
    public const string Events = """
[
  {
    "event_id": 94,
    "event_name": "VoordeMensen Demo Event",
    "event_text": "Extra text",
    "event_short_text": "Subtitle or company name",
    "event_image": null,
    "sub_events": [
      {
        "event_id": 95,
        "event_name": "VoordeMensen Demo Event",
        "event_text": "Extra text",
        "event_short_text": "Subtitle or company name",
        "event_url": null,
        "event_image": null,
        "event_date": "2026-04-01",
        "event_time": "20:30:00",
        "event_end": "22:30:00",
        "event_view_end": "0000-00-00 00:00:00",
        "event_rep": "sub",
        "event_main_id": 94,
        "event_free": 10,
        "event_status": "pub",
        "location_id": 1,
        "location_name": "Bellevue Grote Zaal"
      }
    ]
  }
]
""";

    // §1.2 (old docs, \u20ac escapes)
    public const string TicketTypesOldDocs = """
[{
	"discount_id": "2ePdA8q3BN",
	"discount_name": "Standaard",
	"base_price": "24.50",
	"discount_type": "\u20ac",
	"discount_value": "0.00",
	"discounted_price": "24.50"
}, {
	"discount_id": "bo6dlyJGea",
	"discount_name": "CJP",
	"base_price": "24.50",
	"discount_type": "\u20ac",
	"discount_value": "1.00",
	"discounted_price": "23.50"
}, {
	"discount_id": "GyPdxwZ3Zp",
	"discount_name": "Uitflits",
	"base_price": "24.50",
	"discount_type": "=",
	"discount_value": "2.00",
	"discounted_price": "2.00"
}, {
	"discount_id": "AYDJK7JlkX",
	"discount_name": "stadspas",
	"base_price": "24.50",
	"discount_type": "%",
	"discount_value": "25.00",
	"discounted_price": "18.38"
}]
""";

    // §1.3.1
    public const string CartCreated = """
{"cart_id":"4DSMDACyPo8wLr8vFnTVUR6HzWC5tWGi"}
""";

    // §1.3.2 (old docs)
    public const string CartOldDocs = """
[{
	"seat_id": "azL0bNZdD1",
	"seat_row_nr": "0",
	"seat_nr": "0",
	"pmp_name": null,
	"event_id": 95,
	"event_name": "VoordeMensen Demo Event",
	"location_name": "Bellevue Grote Zaal",
	"event_date": "01-04-2022",
	"event_view_end": "00-00-0000",
	"event_time": "20:30",
	"recommand": [],
	"numberoftickets": 1,
	"seat_price": "24.50",
	"category_name": "standaard",
	"discount_id": "2ePdA8q3BN",
	"discount_name": "Standaard"
}, {
	"totalprice": "24.50"
}]
""";

    // §1.3.2 (new docs)
    public const string CartNewDocs = """
[
  {
    "seat_id": "azL0bNZdD1",
    "seat_row_nr": "0",
    "seat_nr": "0",
    "pmp_name": null,
    "event_id": 95,
    "event_name": "VoordeMensen Demo Event",
    "location_name": "Bellevue Grote Zaal",
    "event_date": "01-04-2026",
    "event_time": "20:30",
    "numberoftickets": 1,
    "seat_price": "24.50",
    "category_name": "standard",
    "discount_id": "2ePdA8q3BN",
    "discount_name": "Standard"
  },
  { "totalprice": "24.50" }
]
""";

    // §1.4
    public const string PaymentMethods = """
[
  {
    "payment_id": 33,
    "payment_desc": "iDEAL",
    "payment_cost": "0.00"
  },
  {
    "payment_id": 34,
    "payment_desc": "Credit card",
    "payment_cost": "1.50"
  },
  {
    "payment_id": 35,
    "payment_desc": "Bancontact",
    "payment_cost": "0.00"
  },
  {
    "payment_id": 37,
    "payment_desc": "SOFORT Banking",
    "payment_cost": "0.00"
  }
]
""";

    // §1.5
    public const string OrderCreated = """
[
    { 
        "url": "https://link-to-paymentprovider", 
        "order_key" : "unique-identifier-of-order"
    }

]
""";

    // §1.6
    public const string OrderStatus = """
{
  "order_payment_status": "paid",
  "order_tickets_nr": 1,
  "order_tickets_url": "https://tickets.voordemensen.nl/client_name/order/XgFca-QmBxG-9WhAj-Osszb/ticket",
  "order_receipt_url": "https://tickets.voordemensen.nl/client_name/order/XgFca-QmBxG-9WhAj-Osszb/receipt",
  "seats": [
    {
      "seat_id": 2904,
      "event_name": "Your Event",
      "event_type": null
    }
  ]
}
""";

    // §1.1 / §3.5
    public const string EventNotFound = """{ "message": "Event not found" }""";

    // §1.2 / §3.5
    public const string SubEventNotFound = """{ "message": "sub_event not found" }""";

    // §1.3.3
    public const string EmptyCart = """[{"cart": 0}]""";
}
