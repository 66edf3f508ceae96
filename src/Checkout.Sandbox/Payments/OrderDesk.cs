using Checkout.Sandbox.Data;
using Checkout.Sandbox.Hosting;
using Microsoft.Extensions.Options;

namespace Checkout.Sandbox.Payments;

internal enum PaymentOutcome
{
    Pay,
    Cancel,
    Fail,
    PayLater,
}

/// <summary>Turns carts into orders and applies what the payment simulator reports.</summary>
internal sealed class OrderDesk(IOptions<SandboxOptions> options)
{
    /// <summary>Moves the cart's seats to a new reservation (payment pending) and empties the cart.</summary>
    public Order Place(VenueScope scope, Cart cart, Customer? customer, PaymentMethod method, string? redirectUrl)
    {
        var venue = scope.Venue;
        var order = new Order(venue.NextOrderId++, Tokens.OrderKey(Tokens.Secure), customer, method, scope.Now)
        {
            Donation = cart.Donation,
            RedirectUrl = redirectUrl,
            TimeOut = scope.Now.AddMinutes(options.Value.HoldMinutes),
        };
        foreach (var (seat, performance) in cart.Tickets)
        {
            var claim = seat.Claim!;
            seat.Claim = claim with { Cart = null, Order = order };
            order.Lines.Add(new OrderLine(seat, performance, claim.TicketType, claim.Price));
        }
        cart.Empty();
        venue.Orders[order.Key] = order;
        return order;
    }

    /// <summary>Applies a simulator outcome; an order that is no longer pending stays as it is (double clicks are harmless).</summary>
    public void Resolve(VenueScope scope, Order order, PaymentOutcome outcome)
    {
        if (!order.IsPending)
        {
            return;
        }
        switch (outcome)
        {
            case PaymentOutcome.Pay:
                order.MarkPaid(scope.Now);
                break;
            case PaymentOutcome.Cancel or PaymentOutcome.Fail:
                order.Cancel(scope.Now);
                break;
            case PaymentOutcome.PayLater:
                order.PayAt(scope.Now.AddSeconds(options.Value.PayLaterSeconds));
                break;
        }
    }

    /// <summary>
    /// Public order create knows the buyer only by e-mail: reuse that customer or register a new one. VdM does not
    /// document this link (an invention, see <see cref="Inventions.LinksOrdersToCustomersByEmail"/>).
    /// </summary>
    public static Customer CustomerFor(VenueScope scope, string email, string firstName, string lastName, Action<Customer> details)
    {
        if (scope.Venue.CustomerByEmail(email) is { } known)
        {
            return known;
        }
        var customer = new Customer(scope.Venue.NextCustomerId++)
        {
            Email = email, FirstName = firstName, LastName = lastName, LastChanged = scope.Now,
        };
        details(customer);
        scope.Venue.Customers[customer.Id] = customer;
        return customer;
    }
}
