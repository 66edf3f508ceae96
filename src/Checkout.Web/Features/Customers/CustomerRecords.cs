using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Carts;
using Checkout.VoordeMensen.Peppered;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Features.Tickets;
using Checkout.Web.Shell.Clients;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// A verified customer's Peppered record and orders. Only the identified-checkout services call it, after the visitor
/// proved control of the address.
/// </summary>
public sealed class CustomerRecords(
    IVoordeMensenClients vdm, CurrentClient client, EveningCatalog evenings, TimeProvider time, ILogger<CustomerRecords> logger)
{
    /// <summary>How far back previous orders are listed (Peppered filters orders by change date only).</summary>
    public static readonly TimeSpan OrderHistory = TimeSpan.FromDays(730);

    private IVdmPepperedService Peppered => vdm.For(client.Key).Peppered;

    /// <summary>The customer with this address; null when VdM does not know it; or why VdM could not say.</summary>
    private Task<VdmResult<Customer?>> FindAsync(string email, CancellationToken cancellationToken) =>
        VdmResults.ReadAsync(() => Peppered.FindCustomerByEmailAsync(email, cancellationToken));

    /// <summary>
    /// Who a visitor is once they proved control of <paramref name="email"/>: the customer record with that address
    /// (none when VdM does not know it); null when VdM could not say.
    /// </summary>
    public async Task<VerifiedIdentity?> IdentifyAsync(string email, CancellationToken cancellationToken)
    {
        var found = await FindAsync(email, cancellationToken);
        if (!found.Succeeded)
        {
            logger.LogWarning("Customer lookup failed: {Refusal}", found.Refusal);
            return null;
        }

        var customer = found.Value;
        return new VerifiedIdentity(email, customer?.Id, customer is null ? null : CustomerMapping.ProfileOf(customer), time.GetUtcNow());
    }

    /// <summary>
    /// The customer's orders at this client, newest first, without the ones VdM trashed, each with its evenings. Peppered
    /// has no customer filter: this downloads every order changed in <see cref="OrderHistory"/> from the order export
    /// (the one Peppered list with the seats of each order), then what the evenings need (<see cref="EveningCatalog"/>),
    /// so only <see cref="CustomerOrderHistory"/> calls it, once per cache window. Throws
    /// <see cref="VoordeMensenException"/> when VdM cannot list the orders.
    /// </summary>
    public async Task<IReadOnlyList<CustomerOrder>> DownloadOrdersOfAsync(int customerId, CancellationToken cancellationToken)
    {
        var mine = (await Peppered.ExportOrdersAsync(time.GetUtcNow() - OrderHistory, cancellationToken))
            .Where(o => o.Order.CustomerId == customerId && o.Order.State.Kind is not OrderStateKind.Trash)
            .OrderByDescending(o => o.Order.OrderDate)
            .ToList();
        var schedule = await evenings.ScheduleAsync(mine.SelectMany(SeatsOf).Select(s => s.EventId), mine.Min(o => o.Order.OrderDate), cancellationToken);
        return [.. mine.Select(o => new CustomerOrder(o.Order.OrderKey, o.Order.OrderDate, o.Order.Amount, o.Order.PaymentStatus)
        {
            State = o.Order.State,
            ReservedUntil = o.Order.TimeOut,
            Evenings = schedule.Of(SeatsOf(o)),
        })];
    }

    /// <summary>
    /// Writes the form's details to the record: update when the customer is known, create for a new address. The
    /// saved record comes back with <see cref="SaveOutcome.Created"/> and <see cref="SaveOutcome.Updated"/>.
    /// </summary>
    public async Task<(SaveResult Result, Customer? Saved)> SaveAsync(VerifiedIdentity identity, Buyer details, CancellationToken cancellationToken)
    {
        try
        {
            if (identity.CustomerId is not { } id)
            {
                return (new SaveResult(SaveOutcome.Created), await Peppered.CreateCustomerAsync(CustomerMapping.ToDraft(identity.Email, details), cancellationToken));
            }

            if (identity.Profile == ProfileOf(details) && string.Equals(details.Email, identity.Email, StringComparison.OrdinalIgnoreCase))
            {
                return (new SaveResult(SaveOutcome.NoChanges), null);
            }

            return (new SaveResult(SaveOutcome.Updated), await Peppered.UpdateCustomerAsync(id, CustomerMapping.ToUpdate(identity, details), cancellationToken));
        }
        catch (VoordeMensenException e) when (CustomerFieldErrors.TryRead(e, out var refused))
        {
            return (new SaveResult(SaveOutcome.Invalid, CustomerMapping.FormErrors(refused)), null);
        }
        catch (VoordeMensenException e)
        {
            logger.LogWarning("Saving the customer record failed: {Kind} {Status}", e.Kind, e.StatusCode);
            return (new SaveResult(SaveOutcome.Unavailable), null);
        }
    }

    // A cancelled order's seats went back on sale: VdM lists them as deleted, and they still say what was bought.
    private static IReadOnlyList<ExportedSeat> SeatsOf(OrderExport order) => order.Seats.Count > 0 ? order.Seats : order.DeletedSeats;

    private static CustomerProfile ProfileOf(Buyer d) =>
        new(d.FirstName, d.LastName, CustomerMapping.Digits(d.Phone), d.Address, d.Zip, d.City);
}
