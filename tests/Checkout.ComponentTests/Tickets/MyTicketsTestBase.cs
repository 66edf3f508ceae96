using System.Text.RegularExpressions;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Tests.Shared.Fakes;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered;
using Checkout.Web.Features.Customers;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Tickets;

/// <summary>My tickets over the fake VdM with Peppered on, the known customer 801 and a neighbour, 802.</summary>
public abstract partial class MyTicketsTestBase : CheckoutTestContext
{
    protected const string Known = "visitor@example.com";
    protected const int KnownId = 801;
    protected const int Neighbour = 802;
    private int nextOrder;

    protected MyTicketsTestBase(string culture = "nl")
        : base(culture: culture)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("my-tickets");
        Vdm.PepperedCartTimeOut = Clock.GetUtcNow().AddMinutes(15);
        Vdm.Customers.Add(new Customer(KnownId, Known, "Jane", "Doe", CustomerDetails.None));
    }

    protected static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    /// <summary>An order in Peppered's export with one ticket (row 4, seat 7) for <paramref name="performance"/>.</summary>
    protected string AddOrder(int customerId, string payment, string state, int performance = DemoCatalog.Performance, int daysAgo = 3, DateTimeOffset? timeOut = null)
    {
        var key = $"ORD{++nextOrder:D2}-abcde-fghij-klmno";
        Vdm.PepperedOrders.Add(new PepperedOrder
        {
            Id = nextOrder, OrderKey = key, CustomerId = customerId, State = OrderState.Parse(state), PaymentStatus = PaymentStatus.Parse(payment),
            OrderDate = Clock.GetUtcNow().AddDays(-daysAgo), Amount = 24.50m, TimeOut = timeOut,
        });
        Vdm.PepperedOrderSeats[key] = [new ExportedSeat($"seat-{nextOrder}", performance, 1, 4, 7, 24.50m, DemoCatalog.Standard, "Standaard")];
        return key;
    }

    protected Task VerifyAsync(string email = Known, int? customerId = KnownId) =>
        Services.GetRequiredService<VerifiedIdentityStore>().SaveAsync(new ShopVisitor(ClientKeys.Default, VisitorId, null),
            new VerifiedIdentity(email, customerId, null, Clock.GetUtcNow()), Cancel);

    protected string CodeSentTo(string email)
    {
        var reader = Services.GetRequiredService<MailOutbox>().Reader;
        string? code = null;
        while (reader.TryRead(out var mail))
        {
            if (mail.To == email)
            {
                code = SixDigits().Match(mail.Subject).Value;
            }
        }

        return code ?? throw new InvalidOperationException($"No code was sent to {email}.");
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
