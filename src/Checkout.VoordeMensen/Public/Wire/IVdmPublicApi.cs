using Refit;

namespace Checkout.VoordeMensen.Public.Wire;

/// <summary>The public (unauthenticated) VdM API under /v1/{client}/.</summary>
internal interface IVdmPublicApi
{
    [Get("/v1/{client}/events")]
    Task<List<EventDto>> GetEvents(string client, CancellationToken cancellationToken);

    /// <summary><paramref name="eventId"/>: main-event id, sub-event id or "upcoming".</summary>
    [Get("/v1/{client}/events/{eventId}")]
    Task<List<EventDto>> GetEvent(string client, string eventId, CancellationToken cancellationToken);

    [Get("/v1/{client}/tickettypes/{subEventId}")]
    Task<List<TicketTypeDto>> GetTicketTypes(string client, int subEventId, CancellationToken cancellationToken);

    [Post("/v1/{client}/cart/")]
    Task<CartCreatedDto> CreateCart(string client, CancellationToken cancellationToken);

    [Get("/v1/{client}/cart/{cartId}")]
    Task<CartWire> GetCart(string client, string cartId, CancellationToken cancellationToken);

    [Post("/v1/{client}/cart/{cartId}")]
    Task<CartWire> AddToCart(string client, string cartId, [Body] CartAddRequestDto body, CancellationToken cancellationToken);

    [Delete("/v1/{client}/cart/{cartId}/{seatId}")]
    Task RemoveFromCart(string client, string cartId, string seatId, CancellationToken cancellationToken);

    [Get("/v1/{client}/paymentmethods")]
    Task<List<PaymentMethodDto>> GetPaymentMethods(string client, CancellationToken cancellationToken);

    [Post("/v1/{client}/order/create")]
    Task<List<OrderCreatedDto>> CreateOrder(string client, [Body] OrderCreateRequestDto body, CancellationToken cancellationToken);

    [Get("/v1/{client}/order/{orderKey}")]
    Task<OrderStatusDto> GetOrderStatus(string client, string orderKey, CancellationToken cancellationToken);

    [Get("/v1/{client}/locations/")]
    Task<List<LocationDto>> GetLocations(string client, CancellationToken cancellationToken);

    [Get("/v1/{client}/eventtypes/")]
    Task<List<EventTypeDto>> GetEventTypes(string client, CancellationToken cancellationToken);

    [Get("/v1/{client}/eventtypes/{eventTypeName}")]
    Task<List<EventDto>> GetEventsOfType(string client, string eventTypeName, CancellationToken cancellationToken);
}
