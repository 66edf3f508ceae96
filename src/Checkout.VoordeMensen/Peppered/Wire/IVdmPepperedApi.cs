using Refit;

namespace Checkout.VoordeMensen.Peppered.Wire;

/// <summary>
/// The authenticated Peppered API under /v1/{client}/peppered/. The auth handler recognises calls
/// through this interface and adds the key; keep every Peppered endpoint here.
/// </summary>
internal interface IVdmPepperedApi
{
    [Post("/v1/{client}/peppered/customer")]
    Task<CustomerDto> CreateCustomer(string client, [Body] CustomerDto body, CancellationToken cancellationToken);

    [Post("/v1/{client}/peppered/customer/findByEmail")]
    Task<CustomerDto> FindCustomerByEmail(string client, [Body] EmailQueryDto body, CancellationToken cancellationToken);

    [Get("/v1/{client}/peppered/customer/{customerId}")]
    Task<CustomerDto> GetCustomer(string client, int customerId, CancellationToken cancellationToken);

    [Put("/v1/{client}/peppered/customer/{customerId}")]
    Task<CustomerDto> UpdateCustomer(string client, int customerId, [Body] CustomerDto body, CancellationToken cancellationToken);

    [Get("/v1/{client}/peppered/customer/{customerId}/clienttypes")]
    Task<List<string>> GetCustomerClientTypes(string client, int customerId, CancellationToken cancellationToken);

    [Post("/v1/{client}/peppered/customer/{customerId}/clienttypes")]
    Task SetCustomerClientTypes(string client, int customerId, [Body] List<string> clientTypes, CancellationToken cancellationToken);

    [Get("/v1/{client}/peppered/event")]
    Task<List<PepperedEventDto>> GetEvents(string client, string? startDate, string? endDate, CancellationToken cancellationToken);

    [Get("/v1/{client}/peppered/event/{eventId}")]
    Task<PepperedEventDto> GetEvent(string client, int eventId, CancellationToken cancellationToken);

    [Get("/v1/{client}/peppered/production/{productionId}")]
    Task<ProductionDto> GetProduction(string client, int productionId, CancellationToken cancellationToken);

    [Get("/v1/{client}/peppered/paymentmethods")]
    Task<List<PepperedPaymentMethodDto>> GetPaymentMethods(string client, CancellationToken cancellationToken);

    [Get("/v1/{client}/peppered/cart/{cartId}/summary")]
    Task<PepperedCartDto> GetCartSummary(string client, string cartId, CancellationToken cancellationToken);

    [Get("/v1/{client}/peppered/cart/{cartId}")]
    Task<PepperedCartDto> GetCart(string client, string cartId, CancellationToken cancellationToken);

    [Post("/v1/{client}/peppered/cart/{cartId}")]
    Task<PepperedCartDto> AddToCart(string client, string cartId, [Body] List<CartAddItemDto> items, CancellationToken cancellationToken);

    [Delete("/v1/{client}/peppered/cart/{cartId}/{itemId}")]
    Task RemoveCartItem(string client, string cartId, string itemId, CancellationToken cancellationToken);

    [Delete("/v1/{client}/peppered/cart/{cartId}")]
    Task EmptyCart(string client, string cartId, CancellationToken cancellationToken);

    [Post("/v1/{client}/peppered/cart/{cartId}/checkout")]
    Task<OrderDto> Checkout(string client, string cartId, [Body] CheckoutRequestDto body, CancellationToken cancellationToken);

    [Get("/v1/{client}/peppered/order")]
    Task<List<OrderDto>> GetOrders(string client, string? changedSince, CancellationToken cancellationToken);

    [Get("/v1/{client}/peppered/order/{orderId}")]
    Task<OrderDto> GetOrder(string client, int orderId, CancellationToken cancellationToken);

    [Get("/v1/{client}/peppered/hall")]
    Task<List<HallDto>> GetHalls(string client, CancellationToken cancellationToken);

    [Get("/v1/{client}/peppered/hall/{hallId}")]
    Task<HallDto> GetHall(string client, int hallId, CancellationToken cancellationToken);

    [Get("/v1/{client}/peppered/seating/{eventId}")]
    Task<SeatPlanDto> GetSeatPlan(string client, int eventId, CancellationToken cancellationToken);

    [Get("/v1/{client}/peppered/export/clienttypes")]
    Task<List<string>> ExportClientTypes(string client, CancellationToken cancellationToken);

    [Post("/v1/{client}/peppered/export/customers")]
    Task<List<CustomerDto>> ExportCustomers(string client, [Body] ChangedSinceDto body, CancellationToken cancellationToken);

    [Post("/v1/{client}/peppered/export/orders")]
    Task<List<OrderExportDto>> ExportOrders(string client, [Body] ChangedSinceDto body, CancellationToken cancellationToken);

    [Post("/v1/{client}/peppered/export/waitinglist")]
    Task<List<WaitingListDto>> ExportWaitingList(string client, [Body] ChangedSinceDto body, CancellationToken cancellationToken);
}
