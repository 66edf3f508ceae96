using Checkout.VoordeMensen.Clients;
using Checkout.VoordeMensen.Public.Mapping;
using Checkout.VoordeMensen.Public.Wire;
using Microsoft.Extensions.Logging;

namespace Checkout.VoordeMensen.Public;

/// <summary>
/// Public API of one client. The Refit proxies are created per call from IHttpClientFactory so
/// handler rotation and the lazily resolved base address keep working.
/// </summary>
internal sealed partial class VdmPublicService(
    string clientName,
    Func<IVdmPublicApi> api,
    Func<ITicketHostApi> ticketHost,
    ILogger<VdmPublicService> logger)
    : IVdmPublicService
{
    public async Task<IReadOnlyList<Production>> GetProductionsAsync(bool upcomingOnly = false, CancellationToken cancellationToken = default) =>
        EventMapper.ToProductions(upcomingOnly
            ? await api().GetEvent(clientName, "upcoming", cancellationToken).Body()
            : await api().GetEvents(clientName, cancellationToken).Body());

    public async Task<Production?> GetProductionAsync(int eventId, CancellationToken cancellationToken = default)
    {
        var events = await VdmCall.OrNullWhenNotFound(api().GetEvent(clientName, eventId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken));
        return events is null ? null : EventMapper.ToProductions(events).FirstOrDefault();
    }

    public async Task<IReadOnlyList<TicketType>> GetTicketTypesAsync(int performanceId, CancellationToken cancellationToken = default) =>
        TicketTypeMapper.ToTicketTypes(await api().GetTicketTypes(clientName, performanceId, cancellationToken).Body());

    public async Task<string> CreateCartAsync(CancellationToken cancellationToken = default)
    {
        var created = await api().CreateCart(clientName, cancellationToken).Body();
        return string.IsNullOrWhiteSpace(created?.CartId)
            ? throw new VoordeMensenException(VdmErrorKind.InvalidResponse, "VoordeMensen created a cart without a cart_id.")
            : created.CartId;
    }

    public async Task<PublicCart> GetCartAsync(string cartId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cartId);
        return CartMapper.ToCart(await api().GetCart(clientName, cartId, cancellationToken).Body());
    }

    public async Task<PublicCart> AddTicketsAsync(string cartId, int performanceId, string discountId, int quantity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cartId);
        ArgumentException.ThrowIfNullOrWhiteSpace(discountId);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        var body = new CartAddRequestDto { EventId = performanceId, NumberOfTickets = quantity, DiscountId = discountId };
        return CartMapper.ToCart(await api().AddToCart(clientName, cartId, body, cancellationToken).Body());
    }

    public async Task<PublicCart> RemoveTicketAsync(string cartId, string seatId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cartId);
        ArgumentException.ThrowIfNullOrWhiteSpace(seatId);
        await api().RemoveFromCart(clientName, cartId, seatId, cancellationToken);
        return await GetCartAsync(cartId, cancellationToken);
    }

    public async Task<IReadOnlyList<PaymentMethod>> GetPaymentMethodsAsync(CancellationToken cancellationToken = default) =>
        ReferenceMapper.ToPaymentMethods(await api().GetPaymentMethods(clientName, cancellationToken).Body());

    public async Task<OrderCreated> CreateOrderAsync(OrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OrderMapper.ToCreated(await api().CreateOrder(clientName, OrderMapper.ToWire(request), cancellationToken).Body());
    }

    public async Task<OrderStatus?> GetOrderStatusAsync(string orderKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderKey);
        var dto = await VdmCall.OrNullWhenNotFound(api().GetOrderStatus(clientName, orderKey, cancellationToken));
        return dto is null ? null : OrderMapper.ToStatus(dto);
    }

    public async Task<bool> CheckPaymentAsync(string orderKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderKey);
        try
        {
            await ticketHost().CheckPayment(clientName, orderKey, cancellationToken);
            return true;
        }
        catch (VoordeMensenException e)
        {
            // Not fatal for the buyer (the status follows once VdM learns of the payment), but an operator must see it:
            // a wrong ticket host fails every check. The exception's message holds the path with the key: never logged.
            LogPaymentCheckFailed(clientName, ITicketHostApi.PaymentCheckTemplate, e.Kind, e.StatusCode);
            return false;
        }
    }

    public async Task<IReadOnlyList<Location>> GetLocationsAsync(CancellationToken cancellationToken = default) =>
        ReferenceMapper.ToLocations(await api().GetLocations(clientName, cancellationToken).Body());

    public async Task<IReadOnlyList<string>> GetEventTypesAsync(CancellationToken cancellationToken = default) =>
        ReferenceMapper.ToEventTypeNames(await api().GetEventTypes(clientName, cancellationToken).Body());

    public async Task<IReadOnlyList<Production>> GetProductionsOfTypeAsync(string eventTypeName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventTypeName);
        return EventMapper.ToProductions(await api().GetEventsOfType(clientName, eventTypeName, cancellationToken).Body());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "VdM {ClientName} payment check GET {PathTemplate} on the ticket host failed: {Kind} (HTTP {StatusCode})")]
    private partial void LogPaymentCheckFailed(string clientName, string pathTemplate, VdmErrorKind kind, int? statusCode);
}
