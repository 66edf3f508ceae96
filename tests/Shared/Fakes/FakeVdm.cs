using System.Reflection;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Carts;
using Checkout.VoordeMensen.Peppered;
using Checkout.VoordeMensen.Public;
using Microsoft.Extensions.Logging.Abstractions;

namespace Checkout.Tests.Shared.Fakes;

/// <summary>
/// An in-memory VdM for unit and component tests: every client key gets the same <see cref="FakeVdmPublic"/>.
/// Peppered is off unless <see cref="PepperedCartTimeOut"/> is set (then the cart summary, empty-cart and the
/// customer calls of the identified checkout work, over <see cref="Customers"/> and <see cref="PepperedOrders"/>).
/// </summary>
public sealed class FakeVdm : IVoordeMensenClients
{
    public FakeVdmPublic Public { get; } = new();

    /// <summary>When set, the client has a Peppered key and cart summaries report this hold end.</summary>
    public DateTimeOffset? PepperedCartTimeOut { get; set; }

    /// <summary>Names of the calls made, in order (e.g. "CreateCart", "AddTickets", "Peppered.GetCartSummary").</summary>
    public List<string> Calls => Public.Calls;

    /// <summary>Peppered answers 404 for every public cart id, as a VdM without that (assumed) link would.</summary>
    public bool PepperedCartsUnknown { get; set; }

    /// <summary>Peppered customers (find by e-mail, create, update).</summary>
    public List<Customer> Customers { get; } = [];

    /// <summary>The donation in each Peppered cart (the public cart does not show it, as at VdM).</summary>
    public Dictionary<string, decimal> Donations { get; } = [];

    /// <summary>What Peppered's order list and order export return (the changedSince filter is ignored).</summary>
    public List<PepperedOrder> PepperedOrders { get; } = [];

    /// <summary>The seats the order export lists per order key (none when missing; as deleted seats for a cancelled order).</summary>
    public Dictionary<string, List<ExportedSeat>> PepperedOrderSeats { get; } = [];

    /// <summary>Makes the order export answer 503, as VdM does when it is down.</summary>
    public bool OrderExportFails { get; set; }

    /// <summary>What Peppered's events list says of a programme performance's places (blockAvailability); none when missing.</summary>
    public Dictionary<int, EventAvailability> PepperedAvailability { get; } = [];

    /// <summary>Peppered events besides the public programme's performances (e.g. ones that have passed).</summary>
    public List<PepperedEvent> PepperedEvents { get; } = [];

    /// <summary>Peppered's halls; hall 1 is the demo catalogue's "Grote Zaal".</summary>
    public List<Hall> Halls { get; } = [new Hall(1, "Grote Zaal", "Leidsekade 90", "1017 PN", "Amsterdam", null, null)];

    public IReadOnlyCollection<string> ClientKeys => ["default", "fringe"];

    public IVoordeMensenClient For(string clientKey) => new Client(clientKey, this);

    private sealed class Client(string key, FakeVdm vdm) : IVoordeMensenClient
    {
        public string ClientKey => key;
        public string ClientName => key == "default" ? "demo" : key;
        public bool HasPepperedKey => vdm.PepperedCartTimeOut is not null;
        public IVdmPublicService Public => vdm.Public;
        public IVdmPepperedService Peppered => PepperedProxy.Create(vdm);

        /// <summary>The library's own cart mechanics over this fake's public and Peppered calls.</summary>
        public ITicketCart Carts => new TicketCart(this, NullLogger<TicketCart>.Instance);
    }

    /// <summary>Only the Peppered calls the shop uses; anything else fails the test loudly.</summary>
    public class PepperedProxy : DispatchProxy
    {
        private FakeVdm? vdm;

        public static IVdmPepperedService Create(FakeVdm vdm)
        {
            var proxy = DispatchProxy.Create<IVdmPepperedService, PepperedProxy>();
            ((PepperedProxy)(object)proxy).vdm = vdm;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            var fake = vdm!;
            var cartId = args![0] as string ?? "";
            fake.Calls.Add("Peppered." + targetMethod!.Name.Replace("Async", "", StringComparison.Ordinal));
            if (fake.PepperedCartsUnknown && targetMethod.Name.Contains("Cart", StringComparison.Ordinal))
            {
                return Faulted(targetMethod.ReturnType, FakeVdmPublic.Error(404, "Cart not found"));
            }

            return targetMethod.Name switch
            {
                nameof(IVdmPepperedService.FindCustomerByEmailAsync) => Task.FromResult(
                    fake.Customers.FirstOrDefault(c => string.Equals(c.Email, (string)args[0]!, StringComparison.OrdinalIgnoreCase))),
                nameof(IVdmPepperedService.GetOrdersAsync) => Task.FromResult<IReadOnlyList<PepperedOrder>>([.. fake.PepperedOrders]),
                nameof(IVdmPepperedService.ExportOrdersAsync) => fake.OrderExportFails
                    ? Task.FromException<IReadOnlyList<OrderExport>>(FakeVdmPublic.Error(503, "Service unavailable"))
                    : Task.FromResult<IReadOnlyList<OrderExport>>([.. fake.PepperedOrders.Select(fake.Export)]),
                nameof(IVdmPepperedService.GetEventsAsync) => Task.FromResult<IReadOnlyList<PepperedEvent>>([.. fake.PepperedEventList()]),
                nameof(IVdmPepperedService.GetHallsAsync) => Task.FromResult<IReadOnlyList<Hall>>([.. fake.Halls]),
                nameof(IVdmPepperedService.CreateCustomerAsync) => fake.CreateCustomer((CustomerDraft)args[0]!),
                nameof(IVdmPepperedService.UpdateCustomerAsync) => fake.UpdateCustomer((int)args[0]!, (CustomerUpdate)args[1]!),
                nameof(IVdmPepperedService.GetCartSummaryAsync) => Task.FromResult(new PepperedCartSummary(
                    cartId, fake.PepperedCartTimeOut, fake.Public.LinesOf(cartId).Count, fake.Public.LinesOf(cartId).Sum(l => l.Price))),
                nameof(IVdmPepperedService.EmptyCartAsync) => fake.EmptyPepperedCart(cartId),
                nameof(IVdmPepperedService.GetCartAsync) => Task.FromResult(fake.PepperedCart(cartId)),
                nameof(IVdmPepperedService.AddToCartAsync) => fake.AddToPepperedCart(cartId, (IEnumerable<PepperedCartAddition>)args[1]!),
                nameof(IVdmPepperedService.RemoveCartItemAsync) => fake.RemovePepperedCartItem(cartId, (string)args[1]!),
                _ => throw new NotSupportedException($"The fake VdM does not implement Peppered {targetMethod.Name}."),
            };
        }
    }

    /// <summary>As VdM exports it: a cancelled order's seats went back on sale and are listed as deleted.</summary>
    private OrderExport Export(PepperedOrder order)
    {
        var seats = PepperedOrderSeats.GetValueOrDefault(order.OrderKey) ?? [];
        var cancelled = order.State.Kind == OrderStateKind.Cancelled;
        return new(order, "www", 0m, cancelled ? [] : seats, cancelled ? seats : [], null);
    }

    /// <summary>The public programme's performances as Peppered lists them (hall = location), then <see cref="PepperedEvents"/>.</summary>
    private IEnumerable<PepperedEvent> PepperedEventList() => Public.Productions
        .SelectMany(p => p.Performances)
        .Select(p => new PepperedEvent
        {
            Id = p.Id, ProductionId = p.ProductionId, Name = p.Name, Start = p.Start, End = p.End, HallId = p.LocationId,
            Availability = PepperedAvailability.GetValueOrDefault(p.Id, EventAvailability.None),
        })
        .Concat(PepperedEvents);

    private static object Faulted(Type taskType, Exception error) => taskType == typeof(Task)
        ? Task.FromException(error)
        : typeof(Task).GetMethods().Single(m => m.Name == nameof(Task.FromException) && m.IsGenericMethod)
            .MakeGenericMethod(taskType.GetGenericArguments()[0]).Invoke(null, [error])!;

    /// <summary>Peppered's view of a cart: the public tickets plus the donation line.</summary>
    public PepperedCart PepperedCart(string cartId)
    {
        var tickets = Public.LinesOf(cartId)
            .Select(l => new PepperedCartItem("ticket", l.SeatId, l.EventId, l.DiscountId, l.DiscountName, l.EventName, l.Price));
        var donation = Donations.TryGetValue(cartId, out var amount)
            ? [new PepperedCartItem("donation", "donation", null, "donation", "Donatie", "Donatie", amount)]
            : Array.Empty<PepperedCartItem>();
        var items = tickets.Concat(donation).ToList();
        return new PepperedCart(cartId, PepperedCartTimeOut, items.Count, items.Sum(i => i.Amount), items);
    }

    /// <summary>Fails the next Peppered cart add (e.g. to test a donation VdM refuses).</summary>
    public VoordeMensenException? FailNextPepperedAdd { get; set; }

    private Task<PepperedCart> AddToPepperedCart(string cartId, IEnumerable<PepperedCartAddition> items)
    {
        if (FailNextPepperedAdd is { } error)
        {
            FailNextPepperedAdd = null;
            return Task.FromException<PepperedCart>(error);
        }

        foreach (var item in items)
        {
            if (item.PriceId != "donation" || item.Amount is not > 0)
            {
                throw new NotSupportedException("The fake Peppered cart takes donations only.");
            }

            Donations[cartId] = Donations.GetValueOrDefault(cartId) + item.Amount.Value;
        }

        return Task.FromResult(PepperedCart(cartId));
    }

    private Task<PepperedCart> RemovePepperedCartItem(string cartId, string itemId)
    {
        if (itemId != "donation" || !Donations.Remove(cartId))
        {
            return Task.FromException<PepperedCart>(FakeVdmPublic.Error(404, "Item not found in cart"));
        }

        return Task.FromResult(PepperedCart(cartId));
    }

    private Task EmptyPepperedCart(string cartId)
    {
        Donations.Remove(cartId);
        return Public.Empty(cartId);
    }

    private Task<Customer> CreateCustomer(CustomerDraft draft)
    {
        if (Customers.Any(c => string.Equals(c.Email, draft.Email, StringComparison.OrdinalIgnoreCase)))
        {
            return Task.FromException<Customer>(new VoordeMensenException(VdmErrorKind.Validation, "The given data was invalid.", 422,
                new Dictionary<string, IReadOnlyList<string>> { ["email"] = ["The email has already been taken."] }));
        }

        var customer = new Customer(900 + Customers.Count, draft.Email, draft.FirstName, draft.LastName, draft.Details);
        Customers.Add(customer);
        return Task.FromResult(customer);
    }

    private Task<Customer> UpdateCustomer(int id, CustomerUpdate update)
    {
        var index = Customers.FindIndex(c => c.Id == id);
        var old = Customers[index];
        var d = update.Details;
        var updated = old with
        {
            FirstName = update.FirstName ?? old.FirstName,
            LastName = update.LastName ?? old.LastName,
            Details = old.Details with
            {
                Preposition = d.Preposition ?? old.Details.Preposition, Address = d.Address ?? old.Details.Address,
                HouseNumber = d.HouseNumber ?? old.Details.HouseNumber, Zip = d.Zip ?? old.Details.Zip,
                City = d.City ?? old.Details.City, Phone = d.Phone ?? old.Details.Phone,
            },
        };
        Customers[index] = updated;
        return Task.FromResult(updated);
    }
}
