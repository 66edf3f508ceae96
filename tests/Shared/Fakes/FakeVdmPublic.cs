using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Public;

namespace Checkout.Tests.Shared.Fakes;

/// <summary>
/// The public VdM API in memory. Seed <see cref="Productions"/>, <see cref="TicketTypes"/> and
/// <see cref="PaymentMethods"/>; carts enforce the performance's event_free per order; <see cref="Fail"/> makes a
/// call throw (once or always) like VdM would.
/// </summary>
public sealed class FakeVdmPublic : IVdmPublicService
{
    private readonly Dictionary<string, List<CartLine>> carts = [];
    private readonly Dictionary<string, Func<VoordeMensenException>> failures = [];
    private readonly HashSet<string> failOnce = [];
    private int nextCart;
    private int nextSeat;

    public List<string> Calls { get; } = [];

    public List<Production> Productions { get; } = [];

    public Dictionary<int, List<TicketType>> TicketTypes { get; } = [];

    public List<PaymentMethod> PaymentMethods { get; } = [new(33, "iDEAL", 0m), new(34, "Creditcard", 1.50m)];

    public List<OrderRequest> OrderRequests { get; } = [];

    public Dictionary<string, OrderStatus> Orders { get; } = [];

    /// <summary>Seats still free per performance; missing = unlimited.</summary>
    public Dictionary<int, int> FreeSeats { get; } = [];

    /// <summary>Makes the named call ("AddTickets", "CreateOrder", …) throw what <paramref name="error"/> builds.</summary>
    public void Fail(string call, Func<VoordeMensenException> error, bool once = false)
    {
        failures[call] = error;
        if (once)
        {
            failOnce.Add(call);
        }
    }

    public static VoordeMensenException Error(int status, string message) => new(
        status switch
        {
            404 => VdmErrorKind.NotFound,
            422 => VdmErrorKind.Validation,
            >= 500 => VdmErrorKind.Unavailable,
            _ => VdmErrorKind.Rejected,
        },
        message,
        status);

    public static VoordeMensenException Timeout() => new(VdmErrorKind.Timeout, "VoordeMensen did not answer in time.");

    public IReadOnlyList<CartLine> LinesOf(string cartId) => carts.GetValueOrDefault(cartId) ?? [];

    /// <summary>VdM's cart total from the held lines (an order-level discount, one rounding); null = the sum of the seat prices.</summary>
    public Func<IReadOnlyList<CartLine>, decimal>? Pricing { get; set; }

    /// <summary>Carts VdM no longer knows (their hold ended and it forgot the id): every call on them answers 404.</summary>
    public HashSet<string> ForgottenCarts { get; } = [];

    /// <summary>Every cart is forgotten as soon as it is made (a VdM that keeps answering 404).</summary>
    public bool ForgetNewCarts { get; set; }

    /// <summary>Drops a cart as a VdM without implicit carts does once its hold ended.</summary>
    public void Forget(string cartId)
    {
        Empty(cartId);
        ForgottenCarts.Add(cartId);
    }

    /// <summary>Drops every held seat of a cart, as VdM does when the hold ends.</summary>
    public Task Empty(string cartId)
    {
        if (carts.TryGetValue(cartId, out var lines))
        {
            foreach (var line in lines)
            {
                Release(line.EventId);
            }

            lines.Clear();
        }

        return Task.CompletedTask;
    }

    public Performance Performance(int id) => Productions.SelectMany(p => p.Performances).First(p => p.Id == id);

    public Task<IReadOnlyList<Production>> GetProductionsAsync(bool upcomingOnly = false, CancellationToken cancellationToken = default) =>
        Call("GetProductions", () => (IReadOnlyList<Production>)Productions.ToList());

    public Task<Production?> GetProductionAsync(int eventId, CancellationToken cancellationToken = default) =>
        Call("GetProduction", () => Productions.FirstOrDefault(p => p.Id == eventId));

    public Task<IReadOnlyList<TicketType>> GetTicketTypesAsync(int performanceId, CancellationToken cancellationToken = default) =>
        Call("GetTicketTypes", () => TicketTypes.TryGetValue(performanceId, out var types)
            ? (IReadOnlyList<TicketType>)types.ToList()
            : throw Error(404, "sub_event not found"));

    public Task<string> CreateCartAsync(CancellationToken cancellationToken = default) =>
        Call("CreateCart", () =>
        {
            var id = $"cart-{++nextCart}";
            carts[id] = [];
            if (ForgetNewCarts)
            {
                ForgottenCarts.Add(id);
            }

            return id;
        });

    public Task<PublicCart> GetCartAsync(string cartId, CancellationToken cancellationToken = default) =>
        Call("GetCart", () => ForgottenCarts.Contains(cartId) ? throw Error(404, "Cart not found") : CartOf(cartId));

    public Task<PublicCart> AddTicketsAsync(string cartId, int performanceId, string discountId, int quantity, CancellationToken cancellationToken = default) =>
        Call("AddTickets", () =>
        {
            if (ForgottenCarts.Contains(cartId))
            {
                throw Error(404, "Cart not found");
            }

            var performance = Performance(performanceId);
            var type = TicketTypes.GetValueOrDefault(performanceId)?.FirstOrDefault(t => t.DiscountId == discountId)
                ?? throw Error(422, "Ticket type not available");
            var lines = carts.TryGetValue(cartId, out var held) ? held : carts[cartId] = [];
            if (lines.Count(l => l.EventId == performanceId) + quantity > performance.MaxPerOrder)
            {
                throw Error(422, $"Maximum number of tickets per order exceeded ({performance.MaxPerOrder})");
            }

            if (FreeSeats.TryGetValue(performanceId, out var free) && free < quantity)
            {
                throw Error(409, "Not enough tickets available");
            }

            for (var i = 0; i < quantity; i++)
            {
                if (FreeSeats.ContainsKey(performanceId))
                {
                    FreeSeats[performanceId]--;
                }

                lines.Add(new CartLine
                {
                    SeatId = $"seat-{++nextSeat}",
                    EventId = performanceId,
                    EventName = performance.Name,
                    LocationName = performance.LocationName,
                    Start = performance.Start,
                    Price = type.Price,
                    DiscountId = discountId,
                    DiscountName = type.Name,
                });
            }

            return CartOf(cartId);
        });

    public Task<PublicCart> RemoveTicketAsync(string cartId, string seatId, CancellationToken cancellationToken = default) =>
        Call("RemoveTicket", () =>
        {
            var lines = carts.GetValueOrDefault(cartId) ?? throw Error(404, "Seat not found in cart");
            var line = lines.FirstOrDefault(l => l.SeatId == seatId) ?? throw Error(404, "Seat not found in cart");
            lines.Remove(line);
            Release(line.EventId);
            return CartOf(cartId);
        });

    public Task<IReadOnlyList<PaymentMethod>> GetPaymentMethodsAsync(CancellationToken cancellationToken = default) =>
        Call("GetPaymentMethods", () => (IReadOnlyList<PaymentMethod>)PaymentMethods.ToList());

    public Task<OrderCreated> CreateOrderAsync(OrderRequest request, CancellationToken cancellationToken = default) =>
        Call("CreateOrder", () =>
        {
            OrderRequests.Add(request);
            if (LinesOf(request.CartId).Count == 0)
            {
                throw Error(422, "Cart is empty");
            }

            var key = $"KEY{OrderRequests.Count:D2}-abcde-fghij";
            Orders[key] = new OrderStatus(PaymentStatus.Parse("pending"), LinesOf(request.CartId).Count, null, null, []);
            carts[request.CartId] = [];
            return new OrderCreated(new Uri($"https://pay.example.test/pay/{key}"), key);
        });

    public Task<OrderStatus?> GetOrderStatusAsync(string orderKey, CancellationToken cancellationToken = default) =>
        Call("GetOrderStatus", () => Orders.GetValueOrDefault(orderKey));

    public Task<bool> CheckPaymentAsync(string orderKey, CancellationToken cancellationToken = default) =>
        Call("CheckPayment", () => true);

    public Task<IReadOnlyList<Location>> GetLocationsAsync(CancellationToken cancellationToken = default) =>
        Call("GetLocations", () => (IReadOnlyList<Location>)[]);

    public Task<IReadOnlyList<string>> GetEventTypesAsync(CancellationToken cancellationToken = default) =>
        Call("GetEventTypes", () => (IReadOnlyList<string>)[]);

    public Task<IReadOnlyList<Production>> GetProductionsOfTypeAsync(string eventTypeName, CancellationToken cancellationToken = default) =>
        Call("GetProductionsOfType", () => (IReadOnlyList<Production>)[]);

    private void Release(int performanceId)
    {
        if (FreeSeats.ContainsKey(performanceId))
        {
            FreeSeats[performanceId]++;
        }
    }

    private PublicCart CartOf(string cartId)
    {
        var lines = LinesOf(cartId).ToList();
        return new PublicCart(lines, Pricing?.Invoke(lines) ?? lines.Sum(l => l.Price));
    }

    private Task<T> Call<T>(string name, Func<T> body)
    {
        Calls.Add(name);
        if (failures.TryGetValue(name, out var error))
        {
            if (failOnce.Remove(name))
            {
                failures.Remove(name);
            }

            return Task.FromException<T>(error());
        }

        try
        {
            return Task.FromResult(body());
        }
        catch (VoordeMensenException e)
        {
            return Task.FromException<T>(e);
        }
    }
}
