using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered;
using Checkout.Web.Features.Customers;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.UnitTests.Customers;

public sealed class CustomerIdentityServiceTests : IDisposable
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly CustomerHarness harness = new();

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task Known_and_unknown_addresses_get_the_same_answer_the_same_mail_and_no_lookup()
    {
        var identity = harness.For("v1");

        var known = await identity.RequestCodeAsync(CustomerHarness.KnownEmail, Cancel);
        var unknown = await identity.RequestCodeAsync("nobody@example.com", Cancel);

        Assert.Equal(LookupOutcome.Sent, known);
        Assert.Equal(known, unknown);
        Assert.Empty(harness.Vdm.Calls);
        var mails = harness.TakeMails();
        Assert.Equal(2, mails.Count);
        string Neutral(OutgoingMail m) => CustomerHarness.CodePattern().Replace(m.Subject + m.Body, "######");
        Assert.Equal(Neutral(mails[0]), Neutral(mails[1]));
        Assert.Null(await identity.GetVerifiedAsync(Cancel));
    }

    [Fact]
    public async Task The_right_code_verifies_and_finds_the_customer_after_a_wrong_one()
    {
        var identity = harness.For("v1");
        await identity.RequestCodeAsync(" Visitor@Example.com ", Cancel);
        var code = harness.CodeFor(CustomerHarness.KnownEmail);

        Assert.Equal(VerifyOutcome.Wrong, await identity.VerifyCodeAsync(CustomerHarness.KnownEmail, Other(code), Cancel));
        Assert.Equal(VerifyOutcome.Verified, await identity.VerifyCodeAsync(CustomerHarness.KnownEmail, code, Cancel));

        var verified = await identity.GetVerifiedAsync(Cancel);
        Assert.Equal(CustomerHarness.KnownId, verified!.CustomerId);
        Assert.Equal(new CustomerProfile("Jane", "van Doe", "0612345678", "Kerkstraat 1", "1011 AB", "Amsterdam"), verified.Profile);

        // Handed over through a one-time ticket that only this visitor redeems (it then gets a new id); the old id
        // itself is never stored as verified, so a cookie someone planted before the proof stays nobody.
        var url = await identity.ContinueUrlAsync("checkout", Cancel);
        Assert.StartsWith("checkout?verified=", url, StringComparison.Ordinal);
        Assert.Null(await harness.For("v1").GetVerifiedAsync(Cancel));
        var tickets = harness.Services.GetRequiredService<VerificationTickets>();
        var ticket = url["checkout?verified=".Length..];
        Assert.Null(await tickets.RedeemAsync(new ShopVisitor("default", "someone-else", null), ticket, Cancel));
        Assert.Equal(CustomerHarness.KnownId, (await tickets.RedeemAsync(new ShopVisitor("default", "v1", null), ticket, Cancel))!.CustomerId);
        Assert.Null(await tickets.RedeemAsync(new ShopVisitor("default", "v1", null), ticket, Cancel));
    }

    [Fact]
    public async Task A_code_works_once()
    {
        var identity = harness.For("v1");
        await identity.RequestCodeAsync("new@example.com", Cancel);
        var code = harness.CodeFor("new@example.com");

        Assert.Equal(VerifyOutcome.Verified, await identity.VerifyCodeAsync("new@example.com", code, Cancel));
        Assert.Equal(VerifyOutcome.Expired, await harness.For("v2").VerifyCodeAsync("new@example.com", code, Cancel));
        Assert.Null((await identity.GetVerifiedAsync(Cancel))!.CustomerId);
    }

    [Fact]
    public async Task A_code_expires_after_ten_minutes()
    {
        var identity = harness.For("v1");
        await identity.RequestCodeAsync(CustomerHarness.KnownEmail, Cancel);
        var code = harness.CodeFor(CustomerHarness.KnownEmail);

        harness.Clock.Advance(TimeSpan.FromMinutes(10).Add(TimeSpan.FromSeconds(1)));

        Assert.Equal(VerifyOutcome.Expired, await identity.VerifyCodeAsync(CustomerHarness.KnownEmail, code, Cancel));
        Assert.Null(await identity.GetVerifiedAsync(Cancel));
    }

    [Fact]
    public async Task Five_wrong_attempts_use_the_code_up_and_a_new_code_is_needed()
    {
        var identity = harness.For("v1");
        await identity.RequestCodeAsync(CustomerHarness.KnownEmail, Cancel);
        var code = harness.CodeFor(CustomerHarness.KnownEmail);

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(VerifyOutcome.Wrong, await identity.VerifyCodeAsync(CustomerHarness.KnownEmail, Other(code), Cancel));
        }

        Assert.Equal(VerifyOutcome.TooManyAttempts, await identity.VerifyCodeAsync(CustomerHarness.KnownEmail, Other(code), Cancel));
        Assert.Equal(VerifyOutcome.TooManyAttempts, await identity.VerifyCodeAsync(CustomerHarness.KnownEmail, code, Cancel));

        await identity.RequestCodeAsync(CustomerHarness.KnownEmail, Cancel);
        Assert.Equal(VerifyOutcome.Verified, await identity.VerifyCodeAsync(CustomerHarness.KnownEmail, harness.CodeFor(CustomerHarness.KnownEmail), Cancel));
    }

    [Fact]
    public async Task Code_requests_are_limited_per_address_and_per_ip()
    {
        using var limited = new CustomerHarness(s =>
        {
            s["Customers:RateLimits:LookupsPerEmail"] = "2";
            s["Customers:RateLimits:LookupsPerIp"] = "3";
        });

        var identity = limited.For("v1", ip: "10.0.0.9");
        Assert.Equal(LookupOutcome.Sent, await identity.RequestCodeAsync("a@example.com", Cancel));
        Assert.Equal(LookupOutcome.Sent, await identity.RequestCodeAsync("a@example.com", Cancel));
        Assert.Equal(LookupOutcome.Limited, await identity.RequestCodeAsync("a@example.com", Cancel));
        Assert.Equal(LookupOutcome.Limited, await identity.RequestCodeAsync("b@example.com", Cancel));
        Assert.Equal(LookupOutcome.Limited, await limited.For("v2", ip: "10.0.0.10").RequestCodeAsync("a@example.com", Cancel));
        Assert.Equal(LookupOutcome.Sent, await limited.For("v3", ip: "10.0.0.11").RequestCodeAsync("c@example.com", Cancel));
        Assert.Equal(2, limited.TakeMails().Count(m => m.To == "a@example.com"));
    }

    [Fact]
    public async Task Code_attempts_are_limited_per_ip_across_addresses()
    {
        using var limited = new CustomerHarness(s => s["Customers:RateLimits:AttemptsPerIp"] = "3");
        var identity = limited.For("v1", ip: "10.0.0.9");
        await identity.RequestCodeAsync(CustomerHarness.KnownEmail, Cancel);
        var code = limited.CodeFor(CustomerHarness.KnownEmail);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(VerifyOutcome.Wrong, await identity.VerifyCodeAsync(CustomerHarness.KnownEmail, Other(code), Cancel));
        }

        Assert.Equal(VerifyOutcome.Limited, await identity.VerifyCodeAsync(CustomerHarness.KnownEmail, code, Cancel));
        Assert.Null(await identity.GetVerifiedAsync(Cancel));
    }

    [Fact]
    public async Task Previous_orders_are_the_verified_customers_own_and_only_after_verification()
    {
        harness.Vdm.PepperedOrders.AddRange([Order(1, CustomerHarness.KnownId, "paid", -3), Order(2, 802, "paid", -2), Order(3, CustomerHarness.KnownId, "cancelled", -1)]);
        var identity = harness.For("v1");

        Assert.Empty((await identity.GetOrdersAsync(Cancel)).Value!);
        Assert.DoesNotContain("Peppered.ExportOrders", harness.Vdm.Calls);

        await identity.RequestCodeAsync(CustomerHarness.KnownEmail, Cancel);
        await identity.VerifyCodeAsync(CustomerHarness.KnownEmail, harness.CodeFor(CustomerHarness.KnownEmail), Cancel);
        var orders = (await identity.GetOrdersAsync(Cancel)).Value!;

        Assert.Equal(["K-3", "K-1"], orders.Select(o => o.OrderKey));
        Assert.Equal(PaymentStatusKind.Cancelled, orders[0].PaymentStatus.Kind);
    }

    [Fact]
    public async Task Changed_details_update_the_customer_record_and_unchanged_ones_do_not()
    {
        var identity = await VerifiedAsync(CustomerHarness.KnownEmail);

        Assert.Equal(SaveOutcome.NoChanges, (await identity.SaveDetailsAsync(Details(CustomerHarness.KnownEmail, phone: "06-12345678"), Cancel)).Outcome);
        Assert.DoesNotContain("Peppered.UpdateCustomer", harness.Vdm.Calls);

        Assert.Equal(SaveOutcome.Updated, (await identity.SaveDetailsAsync(Details(CustomerHarness.KnownEmail, phone: "0687654321"), Cancel)).Outcome);
        var customer = harness.Vdm.Customers.Single(c => c.Id == CustomerHarness.KnownId);
        Assert.Equal("0687654321", customer.Details.Phone);
        Assert.Equal("Doe", customer.LastName);
    }

    [Fact]
    public async Task A_verified_new_address_creates_a_customer_and_validation_errors_name_the_form_fields()
    {
        var identity = await VerifiedAsync("new@example.com");

        Assert.Equal(SaveOutcome.Created, (await identity.SaveDetailsAsync(Details("new@example.com"), Cancel)).Outcome);
        var created = harness.Vdm.Customers.Single(c => c.Email == "new@example.com");
        Assert.Equal(created.Id, (await identity.GetVerifiedAsync(Cancel))!.CustomerId);

        // Someone else registered the address meanwhile: VdM's 422 comes back keyed by the form's field.
        var late = await VerifiedAsync("late@example.com");
        harness.Vdm.Customers.Add(new Customer(990, "late@example.com", "X", "Y", CustomerDetails.None));
        var result = await late.SaveDetailsAsync(Details("late@example.com"), Cancel);
        Assert.Equal(SaveOutcome.Invalid, result.Outcome);
        Assert.Equal("The email has already been taken.", result.FieldErrors!["Email"]);
    }

    [Fact]
    public async Task A_customers_orders_are_downloaded_once_for_many_renders_and_never_shown_to_another_customer()
    {
        // Attack: every render of the checkout downloaded every Peppered order of two years; a verified visitor
        // reloading the page flooded VdM. Now one download per customer per cache window, keyed by customer id.
        harness.Vdm.PepperedOrders.AddRange([Order(1, CustomerHarness.KnownId, "paid", -3), Order(2, 802, "paid", -2)]);
        var identities = harness.Services.GetRequiredService<VerifiedIdentityStore>();
        var now = harness.Clock.GetUtcNow();
        await identities.SaveAsync(new ShopVisitor("default", "jane", null), new VerifiedIdentity(CustomerHarness.KnownEmail, CustomerHarness.KnownId, null, now), Cancel);
        await identities.SaveAsync(new ShopVisitor("default", "other", null), new VerifiedIdentity("other@example.com", 802, null, now), Cancel);
        int Downloads() => harness.Vdm.Calls.Count(c => c == "Peppered.ExportOrders");

        for (var render = 0; render < 5; render++)
        {
            Assert.Equal(["K-1"], (await harness.For("jane").GetOrdersAsync(Cancel)).Value!.Select(o => o.OrderKey));
        }

        Assert.Equal(1, Downloads());
        Assert.Equal(["K-2"], (await harness.For("other").GetOrdersAsync(Cancel)).Value!.Select(o => o.OrderKey));
        Assert.Equal(2, Downloads());

        // An order placed by the customer drops the copy: coming back, they see it.
        harness.Vdm.PepperedOrders.Add(Order(3, CustomerHarness.KnownId, "pending", 0));
        await harness.For("jane").OrderPlacedAsync(Cancel);
        Assert.Equal(["K-3", "K-1"], (await harness.For("jane").GetOrdersAsync(Cancel)).Value!.Select(o => o.OrderKey));
        Assert.Equal(3, Downloads());
    }

    [Fact]
    public async Task A_code_asked_by_one_visitor_does_not_verify_another()
    {
        // Attack: visitor B (the attacker) confirms the code visitor A asked for, e.g. read over A's shoulder or guessed
        // from B's own session, and becomes A. The code belongs to A's visitor id only.
        await harness.For("visitor-a").RequestCodeAsync(CustomerHarness.KnownEmail, Cancel);
        var code = harness.CodeFor(CustomerHarness.KnownEmail);

        var attacker = harness.For("visitor-b");
        Assert.Equal(VerifyOutcome.Expired, await attacker.VerifyCodeAsync(CustomerHarness.KnownEmail, code, Cancel));
        Assert.Null(await attacker.GetVerifiedAsync(Cancel));
        Assert.Equal(VerifyOutcome.Verified, await harness.For("visitor-a").VerifyCodeAsync(CustomerHarness.KnownEmail, code, Cancel));
    }

    [Theory]
    [InlineData("victim<attacker@example.net>")]
    [InlineData("\"Victim <victim@example.nl>\" attacker@example.net")]
    [InlineData("Victim <victim@example.nl>")]
    [InlineData("<attacker@example.net>")]
    [InlineData("attacker@example.net(victim@example.nl)")]
    [InlineData("attacker@example.net(comment)")]
    [InlineData("victim@example.nl,attacker@example.net")]
    [InlineData("victim@example.nl;attacker@example.net")]
    [InlineData("group:attacker@example.net;")]
    [InlineData("\"victim\"@example.net")]
    public async Task An_address_that_is_not_exactly_one_bare_address_gets_no_code(string input)
    {
        // Attack: the code is keyed on the typed text while the mail server reads the header: "victim<attacker@…>" would
        // mail the attacker a code that then verifies an identity named after the victim.
        var identity = harness.For("v1");

        Assert.Equal(LookupOutcome.InvalidEmail, await identity.RequestCodeAsync(input, Cancel));
        Assert.Empty(harness.TakeMails());
    }

    private async Task<CustomerIdentityService> VerifiedAsync(string email)
    {
        var identity = harness.For(Guid.NewGuid().ToString("N"));
        await identity.RequestCodeAsync(email, Cancel);
        Assert.Equal(VerifyOutcome.Verified, await identity.VerifyCodeAsync(email, harness.CodeFor(email), Cancel));
        return identity;
    }

    private static Buyer Details(string email, string phone = "06-12345678") => new()
    {
        Email = email, FirstName = "Jane", LastName = "van Doe", Phone = phone, Address = "Kerkstraat 1", Zip = "1011 AB", City = "Amsterdam",
    };

    private static PepperedOrder Order(int id, int customerId, string status, int days) => new()
    {
        Id = id, OrderKey = $"K-{id}", CustomerId = customerId, State = new OrderState(OrderStateKind.Regular, "ord"),
        PaymentStatus = PaymentStatus.Parse(status), OrderDate = DateTimeOffset.Parse("2026-04-01T12:00:00+02:00").AddDays(days), Amount = 24.5m,
    };

    private static string Other(string code) => code == "000000" ? "000001" : "000000";
}
