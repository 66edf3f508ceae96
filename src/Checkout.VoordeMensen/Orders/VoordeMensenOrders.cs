using Checkout.VoordeMensen.Public;
using Microsoft.Extensions.Logging;

namespace Checkout.VoordeMensen.Orders;

/// <summary>
/// Combines the two APIs: the public status is keyed by order key but documents only the payment status; Peppered has
/// orderStatus but is keyed by numeric id, so the order is found in the changed-since list (docs/vdm-assumptions.md).
/// </summary>
internal sealed partial class VoordeMensenOrders(IVoordeMensenClients clients, TimeProvider time, ILogger<VoordeMensenOrders> logger)
    : IVoordeMensenOrders
{
    /// <summary>Without a hint: orders changed in this window are searched (a status page is mostly seen soon after paying).</summary>
    internal static readonly TimeSpan DefaultLookback = TimeSpan.FromDays(2);

    /// <summary>The list grows with the window; older hints are clamped.</summary>
    internal static readonly TimeSpan MaxLookback = TimeSpan.FromDays(31);

    /// <summary>Our clock and VdM's may differ; the order's own lastChanged is never before it was placed.</summary>
    internal static readonly TimeSpan ClockMargin = TimeSpan.FromMinutes(10);

    private const string OrderListTemplate = "/v1/{client}/peppered/order";

    public async Task<OrderReport?> GetAsync(string clientKey, string orderKey, DateTimeOffset? placedAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderKey);
        return await clients.For(clientKey).Public.GetOrderStatusAsync(orderKey, cancellationToken) is { } status
            ? await WithStateAsync(clientKey, orderKey, status, placedAt, cancellationToken)
            : null;
    }

    public async Task<OrderReport> WithStateAsync(
        string clientKey, string orderKey, OrderStatus status, DateTimeOffset? placedAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderKey);
        ArgumentNullException.ThrowIfNull(status);
        var client = clients.For(clientKey);
        if (status.State is { Kind: not OrderStateKind.Unknown } stated)
        {
            return new OrderReport(status, stated, OrderStateSource.PublicStatus);
        }

        var fromPeppered = client.HasPepperedKey ? await FromPepperedAsync(client, orderKey, placedAt, cancellationToken) : null;
        return fromPeppered is null
            ? new OrderReport(status, status.State ?? OrderState.Unknown, OrderStateSource.None)
            : new OrderReport(status, fromPeppered, OrderStateSource.Peppered);
    }

    internal DateTimeOffset ChangedSince(DateTimeOffset? placedAt)
    {
        var now = time.GetUtcNow().ToUniversalTime();
        var latest = now - ClockMargin;
        var from = placedAt is { } placed ? placed.ToUniversalTime() - ClockMargin : now - DefaultLookback;
        var earliest = now - MaxLookback;
        return from < earliest ? earliest : from > latest ? latest : from;
    }

    private async Task<OrderState?> FromPepperedAsync(IVoordeMensenClient client, string orderKey, DateTimeOffset? placedAt, CancellationToken cancellationToken)
    {
        try
        {
            var orders = await client.Peppered.GetOrdersAsync(ChangedSince(placedAt), cancellationToken);
            return orders.FirstOrDefault(o => string.Equals(o.OrderKey, orderKey, StringComparison.Ordinal))?.State;
        }
        catch (VoordeMensenException e)
        {
            LogLookupFailed(client.ClientName, OrderListTemplate, e.Kind, e.StatusCode);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "VdM {ClientName} order state lookup GET {PathTemplate} failed: {Kind} (HTTP {StatusCode}); the state stays unknown")]
    private partial void LogLookupFailed(string clientName, string pathTemplate, VdmErrorKind kind, int? statusCode);
}
