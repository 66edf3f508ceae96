using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Carts;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// Identified checkout for one visitor in a circuit. Nothing about an address is looked up before the visitor proved
/// control of it: asking for a code does the same work for every address (issue, store the hash, queue a mail), so
/// answer and timing cannot tell a known address from an unknown one. Peppered is called only after proof. A proof
/// made here (a code, or "continue as …?" after a venue token) stays in this scope until the page hands it over with
/// <see cref="ContinueUrlAsync"/>: the visitor gets a new id with it, the current id is never stored as verified.
/// </summary>
public sealed class CustomerIdentityService(
    IVoordeMensenClients vdm,
    CurrentClient client,
    CurrentVisitor visitor,
    OneTimeCodeStore codes,
    VerifiedIdentityStore identities,
    PendingIdentityStore pendings,
    VerificationTickets tickets,
    CustomerRateLimits limits,
    CustomerMailRouting mailRouting,
    MailOutbox outbox,
    IOptionsMonitor<IdentityOptions> identityOptions,
    IStringLocalizer<CustomersText> text,
    CustomerRecords records,
    CustomerOrderHistory history)
{
    private VerifiedIdentity? verified;
    private bool loaded;
    private bool provenHere;

    private ShopVisitor Visitor => ShopVisitor.Of(client, visitor);

    private bool HasPeppered => vdm.For(client.Key).HasPepperedKey;

    /// <summary>Without a Peppered key there are no customers; without mail or a token secret no way to prove an address.</summary>
    public bool IsAvailable => HasPeppered && (mailRouting.CanSendCodes(client.Key) || identityOptions.Get(client.Key).Secret is { Length: > 0 });

    /// <summary>Whether the e-mail code is offered (SMTP, or the sandbox's development mailbox).</summary>
    public bool CanSendCodes => HasPeppered && mailRouting.CanSendCodes(client.Key);

    /// <summary>After a <c>Limited</c> answer: how long until the visitor may try again.</summary>
    public TimeSpan RetryAfter { get; private set; }

    public async Task<VerifiedIdentity?> GetVerifiedAsync(CancellationToken cancellationToken)
    {
        if (!loaded && visitor.Id is not null)
        {
            verified = await identities.GetAsync(Visitor, cancellationToken);
            loaded = true;
        }

        return verified;
    }

    public async Task<LookupOutcome> RequestCodeAsync(string email, CancellationToken cancellationToken)
    {
        if (StrictEmailAddress.Parse(email) is not { } address)
        {
            return LookupOutcome.InvalidEmail;
        }

        if (await limits.TryLookupAsync(client.Key, visitor.Address, address, cancellationToken) is { Allowed: false } refused)
        {
            RetryAfter = refused.RetryAfter;
            return LookupOutcome.Limited;
        }

        var code = await codes.IssueAsync(Visitor, address, cancellationToken);
        var brand = client.Settings.Brand.Name;
        var minutes = (int)OneTimeCodeStore.Lifetime.TotalMinutes;
        outbox.Enqueue(new OutgoingMail(
            address,
            mailRouting.FromName(client.Key, brand),
            text["MailSubject", code, brand],
            text["MailBody", code, brand, minutes],
            mailRouting.UsesDevelopmentMailbox(client.Key)));
        return LookupOutcome.Sent;
    }

    public async Task<VerifyOutcome> VerifyCodeAsync(string email, string code, CancellationToken cancellationToken)
    {
        if (StrictEmailAddress.Parse(email) is not { } address)
        {
            return VerifyOutcome.Expired;
        }

        if (await limits.TryAttemptAsync(client.Key, visitor.Address, address, cancellationToken) is { Allowed: false } refused)
        {
            RetryAfter = refused.RetryAfter;
            return VerifyOutcome.Limited;
        }

        return await codes.CheckAsync(Visitor, address, code, cancellationToken) switch
        {
            CodeCheck.Valid => await ProvenAsync(address, cancellationToken) ? VerifyOutcome.Verified : VerifyOutcome.Unavailable,
            CodeCheck.Wrong => VerifyOutcome.Wrong,
            CodeCheck.TooManyAttempts => VerifyOutcome.TooManyAttempts,
            _ => VerifyOutcome.Expired,
        };
    }

    /// <summary>The address a venue token vouched for while the visitor had typed other details or was someone else.</summary>
    public Task<PendingIdentity?> GetPendingAsync(CancellationToken cancellationToken) =>
        visitor.Id is null ? Task.FromResult<PendingIdentity?>(null) : pendings.GetAsync(Visitor, cancellationToken);

    /// <summary>"Continue as …": the pending address counts as proven (the token was); false when it is gone or VdM cannot say.</summary>
    public async Task<bool> ConfirmPendingAsync(CancellationToken cancellationToken)
    {
        if (await GetPendingAsync(cancellationToken) is not { } pending)
        {
            return false;
        }

        await pendings.RemoveAsync(Visitor, cancellationToken);
        return await ProvenAsync(pending.Email, cancellationToken);
    }

    /// <summary>"No, keep my details": the token is forgotten and nothing changed.</summary>
    public Task DeclinePendingAsync(CancellationToken cancellationToken) => pendings.RemoveAsync(Visitor, cancellationToken);

    /// <summary>
    /// Where to send the browser (a full page load) to finish a proof made in this scope: <paramref name="page"/> with
    /// a one-time ticket that only this visitor's cookie redeems (<see cref="VerificationTickets"/>).
    /// </summary>
    public async Task<string> ContinueUrlAsync(string page, CancellationToken cancellationToken)
    {
        var identity = provenHere && verified is { } v ? v : throw new InvalidOperationException("Nothing was proven in this scope.");
        return QueryHelpers.AddQueryString(page, VerificationTickets.QueryParameter, await tickets.IssueAsync(Visitor, identity, cancellationToken));
    }

    public async Task SignOutAsync(CancellationToken cancellationToken)
    {
        await identities.RemoveAsync(Visitor, cancellationToken);
        (verified, provenHere) = (null, false);
    }

    /// <summary>The verified customer's orders at this client, newest first (empty for anyone else); or why VdM could not list them.</summary>
    public async Task<VdmResult<IReadOnlyList<CustomerOrder>>> GetOrdersAsync(CancellationToken cancellationToken) =>
        await GetVerifiedAsync(cancellationToken) is { } identity
            ? await history.OfAsync(identity, cancellationToken)
            : VdmResults.Ok<IReadOnlyList<CustomerOrder>>([]);

    /// <summary>The visitor placed an order: their earlier orders are downloaded again next time.</summary>
    public async Task OrderPlacedAsync(CancellationToken cancellationToken)
    {
        if (await GetVerifiedAsync(cancellationToken) is { } identity)
        {
            await history.ForgetAsync(identity, cancellationToken);
        }
    }

    /// <summary>Writes the form's details to the verified customer's record: update when known, create for a new address.</summary>
    public async Task<SaveResult> SaveDetailsAsync(Buyer details, CancellationToken cancellationToken)
    {
        if (await GetVerifiedAsync(cancellationToken) is not { } identity)
        {
            return new SaveResult(SaveOutcome.Unavailable);
        }

        var (result, saved) = await records.SaveAsync(identity, details, cancellationToken);
        if (saved is not null)
        {
            verified = identity with { CustomerId = saved.Id, Profile = CustomerMapping.ProfileOf(saved) };
            // A proof of this scope is stored only under the new visitor id its ticket brings.
            if (!provenHere)
            {
                await identities.SaveAsync(Visitor, verified, cancellationToken);
            }
        }

        return result;
    }

    private async Task<bool> ProvenAsync(string email, CancellationToken cancellationToken)
    {
        if (await records.IdentifyAsync(email, cancellationToken) is not { } identity)
        {
            return false;
        }

        // Fetched once per verification: whatever an earlier visit cached is dropped.
        await history.ForgetAsync(identity, cancellationToken);
        (verified, loaded, provenHere) = (identity, true, true);
        return true;
    }
}
