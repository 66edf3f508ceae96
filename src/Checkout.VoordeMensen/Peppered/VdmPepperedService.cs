using System.Globalization;
using Checkout.VoordeMensen.Clients;
using Checkout.VoordeMensen.Peppered.Mapping;
using Checkout.VoordeMensen.Peppered.SeatMaps;
using Checkout.VoordeMensen.Peppered.Wire;

namespace Checkout.VoordeMensen.Peppered;

/// <summary>Peppered API of one client; <paramref name="api"/> throws Unauthorized when no key is configured.</summary>
internal sealed class VdmPepperedService(string clientName, Func<IVdmPepperedApi> api) : IVdmPepperedService
{
    public async Task<Customer> CreateCustomerAsync(CustomerDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return CustomerMapper.Required(await api().CreateCustomer(clientName, CustomerMapper.ToWire(draft), cancellationToken).Body());
    }

    public async Task<Customer?> FindCustomerByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return CustomerMapper.ToCustomer(await VdmCall.OrNullWhenNotFound(
            api().FindCustomerByEmail(clientName, new EmailQueryDto { Email = email }, cancellationToken)));
    }

    public async Task<Customer?> GetCustomerAsync(int customerId, CancellationToken cancellationToken = default) =>
        CustomerMapper.ToCustomer(await VdmCall.OrNullWhenNotFound(api().GetCustomer(clientName, customerId, cancellationToken)));

    public async Task<Customer> UpdateCustomerAsync(int customerId, CustomerUpdate changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return CustomerMapper.Required(await api().UpdateCustomer(clientName, customerId, CustomerMapper.ToWire(changes), cancellationToken).Body());
    }

    public async Task<IReadOnlyList<string>> GetCustomerClientTypesAsync(int customerId, CancellationToken cancellationToken = default) =>
        await api().GetCustomerClientTypes(clientName, customerId, cancellationToken).Body() ?? [];

    public Task SetCustomerClientTypesAsync(int customerId, IEnumerable<string> clientTypes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clientTypes);
        return api().SetCustomerClientTypes(clientName, customerId, clientTypes.ToList(), cancellationToken);
    }

    public async Task<IReadOnlyList<PepperedEvent>> GetEventsAsync(DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default) =>
        PepperedEventMapper.ToEvents(await api().GetEvents(clientName, FormatDate(from), FormatDate(to), cancellationToken).Body());

    public async Task<PepperedEvent?> GetEventAsync(int eventId, CancellationToken cancellationToken = default) =>
        PepperedEventMapper.ToEvent(await VdmCall.OrNullWhenNotFound(api().GetEvent(clientName, eventId, cancellationToken)));

    public async Task<PepperedProduction?> GetProductionAsync(int productionId, CancellationToken cancellationToken = default) =>
        PepperedEventMapper.ToProduction(await VdmCall.OrNullWhenNotFound(api().GetProduction(clientName, productionId, cancellationToken)));

    public async Task<IReadOnlyList<PepperedPaymentMethod>> GetPaymentMethodsAsync(CancellationToken cancellationToken = default) =>
        PepperedEventMapper.ToPaymentMethods(await api().GetPaymentMethods(clientName, cancellationToken).Body());

    public async Task<PepperedCartSummary> GetCartSummaryAsync(string cartId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cartId);
        return PepperedCartMapper.ToSummary(await api().GetCartSummary(clientName, cartId, cancellationToken).Body(), cartId);
    }

    public async Task<PepperedCart> GetCartAsync(string cartId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cartId);
        return PepperedCartMapper.ToCart(await api().GetCart(clientName, cartId, cancellationToken).Body(), cartId);
    }

    public async Task<PepperedCartSummary?> FindCartSummaryAsync(string cartId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cartId);
        return await VdmCall.OrNullWhenNotFound(api().GetCartSummary(clientName, cartId, cancellationToken)) is { } dto
            ? PepperedCartMapper.ToSummary(dto, cartId)
            : null;
    }

    public async Task<PepperedCart?> FindCartAsync(string cartId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cartId);
        return await VdmCall.OrNullWhenNotFound(api().GetCart(clientName, cartId, cancellationToken)) is { } dto
            ? PepperedCartMapper.ToCart(dto, cartId)
            : null;
    }

    public async Task<PepperedCart> AddToCartAsync(string cartId, IEnumerable<PepperedCartAddition> items, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cartId);
        ArgumentNullException.ThrowIfNull(items);
        return PepperedCartMapper.ToCart(await api().AddToCart(clientName, cartId, PepperedCartMapper.ToWire(items), cancellationToken).Body(), cartId);
    }

    public async Task<PepperedCart> RemoveCartItemAsync(string cartId, string itemId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cartId);
        ArgumentException.ThrowIfNullOrWhiteSpace(itemId);
        await api().RemoveCartItem(clientName, cartId, itemId, cancellationToken);
        return await GetCartAsync(cartId, cancellationToken);
    }

    public Task EmptyCartAsync(string cartId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cartId);
        return api().EmptyCart(clientName, cartId, cancellationToken);
    }

    public async Task<PepperedOrder> CheckoutAsync(string cartId, PepperedCheckout checkout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cartId);
        ArgumentNullException.ThrowIfNull(checkout);
        var body = new CheckoutRequestDto { PaymentMethodId = checkout.PaymentMethodId, CustomerId = checkout.CustomerId };
        return PepperedOrderMapper.ToOrder(await api().Checkout(clientName, cartId, body, cancellationToken).Body())
            ?? throw new VoordeMensenException(VdmErrorKind.InvalidResponse, "VoordeMensen checked out the cart but returned no order.");
    }

    public async Task<IReadOnlyList<PepperedOrder>> GetOrdersAsync(DateTimeOffset? changedSince = null, CancellationToken cancellationToken = default) =>
        PepperedOrderMapper.ToOrders(await api().GetOrders(clientName, FormatTimestamp(changedSince), cancellationToken).Body());

    public async Task<PepperedOrder?> GetOrderAsync(int orderId, CancellationToken cancellationToken = default) =>
        PepperedOrderMapper.ToOrder(await VdmCall.OrNullWhenNotFound(api().GetOrder(clientName, orderId, cancellationToken)));

    public async Task<IReadOnlyList<Hall>> GetHallsAsync(CancellationToken cancellationToken = default) =>
        SeatingMapper.ToHalls(await api().GetHalls(clientName, cancellationToken).Body());

    public async Task<Hall?> GetHallAsync(int hallId, CancellationToken cancellationToken = default) =>
        SeatingMapper.ToHall(await VdmCall.OrNullWhenNotFound(api().GetHall(clientName, hallId, cancellationToken)));

    public async Task<SeatPlan> GetSeatPlanAsync(int eventId, CancellationToken cancellationToken = default) =>
        SeatingMapper.ToSeatPlan(await api().GetSeatPlan(clientName, eventId, cancellationToken).Body(), eventId);

    public async Task<SeatMap?> GetSeatMapAsync(int eventId, CancellationToken cancellationToken = default) =>
        await VdmCall.OrNullWhenNotFound(api().GetSeatPlan(clientName, eventId, cancellationToken)) is { } dto
        && SeatMap.FromPlan(SeatingMapper.ToSeatPlan(dto, eventId)) is { HasSeats: true } map
            ? map
            : null;

    public Task<SeatHoldResult> HoldSeatsAsync(string cartId, SeatSelection selection, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cartId);
        ArgumentNullException.ThrowIfNull(selection);
        return new SeatHolder(this).HoldAsync(cartId, selection, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ExportClientTypesAsync(CancellationToken cancellationToken = default) =>
        await api().ExportClientTypes(clientName, cancellationToken).Body() ?? [];

    public async Task<IReadOnlyList<Customer>> ExportCustomersAsync(DateTimeOffset? changedSince = null, CancellationToken cancellationToken = default) =>
        ExportMapper.ToCustomers(await api().ExportCustomers(clientName, new ChangedSinceDto { ChangedSince = changedSince }, cancellationToken).Body());

    public async Task<IReadOnlyList<OrderExport>> ExportOrdersAsync(DateTimeOffset? changedSince = null, CancellationToken cancellationToken = default) =>
        ExportMapper.ToOrderExports(await api().ExportOrders(clientName, new ChangedSinceDto { ChangedSince = changedSince }, cancellationToken).Body());

    public async Task<IReadOnlyList<WaitingListEntry>> ExportWaitingListAsync(DateTimeOffset? changedSince = null, CancellationToken cancellationToken = default) =>
        ExportMapper.ToWaitingList(await api().ExportWaitingList(clientName, new ChangedSinceDto { ChangedSince = changedSince }, cancellationToken).Body());

    private static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? FormatTimestamp(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
