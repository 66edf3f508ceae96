using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Carts;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// Identified checkout for one visitor (request or circuit). Nothing about an address is looked up before the visitor
/// proved control of it: asking for a code does the same work for every address (issue, store the hash, queue a mail),
/// so answer and timing cannot tell a known address from an unknown one. Peppered is called only after proof.
/// </summary>
public sealed class CustomerIdentityService(
    IVoordeMensenClients vdm,
    CurrentClient client,
    CurrentVisitor visitor,
    OneTimeCodeStore codes,
    VerifiedIdentityStore identities,
    CustomerRateLimits limits,
    CustomerMailRouting mailRouting,
    MailOutbox outbox,
    IOptionsMonitor<IdentityOptions> identityOptions,
    IStringLocalizer<CustomersText> text,
    CustomerRecords records,
    TimeProvider time,
    ILogger<CustomerIdentityService> logger)
{
    private VerifiedIdentity? verified;
    private bool loaded;

    private ShopVisitor Visitor => ShopVisitor.Of(client, visitor);

    /// <summary>Without a Peppered key there are no customers to identify with.</summary>
    public bool IsAvailable => vdm.For(client.Key).HasPepperedKey && mailRouting.CanSendCodes(client.Key);

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
        if (Normalize(email) is not { } address)
        {
            return LookupOutcome.InvalidEmail;
        }

        if (!limits.TryLookup(client.Key, visitor.Address, address))
        {
            return LookupOutcome.Limited;
        }

        var code = await codes.IssueAsync(client.Key, address, cancellationToken);
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
        if (Normalize(email) is not { } address)
        {
            return VerifyOutcome.Expired;
        }

        if (!limits.TryAttempt(client.Key, visitor.Address, address))
        {
            return VerifyOutcome.Limited;
        }

        return await codes.CheckAsync(client.Key, address, code, cancellationToken) switch
        {
            CodeCheck.Valid => await VerifiedAsync(address, cancellationToken) ? VerifyOutcome.Verified : VerifyOutcome.Unavailable,
            CodeCheck.Wrong => VerifyOutcome.Wrong,
            CodeCheck.TooManyAttempts => VerifyOutcome.TooManyAttempts,
            _ => VerifyOutcome.Expired,
        };
    }

    /// <summary>A signed token from the venue's site; false when it is missing, tampered, expired or not configured.</summary>
    public async Task<bool> AcceptTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (identityOptions.Get(client.Key).Secret is not { Length: > 0 } secret
            || IdentityToken.Validate(token, secret, time.GetUtcNow()) is not { } email
            || Normalize(email) is not { } address)
        {
            return false;
        }

        return vdm.For(client.Key).HasPepperedKey && await VerifiedAsync(address, cancellationToken);
    }

    public async Task SignOutAsync(CancellationToken cancellationToken)
    {
        await identities.RemoveAsync(Visitor, cancellationToken);
        verified = null;
    }

    /// <summary>The verified customer's orders at this client, newest first (empty for anyone else); or why VdM could not list them.</summary>
    public async Task<VdmResult<IReadOnlyList<CustomerOrder>>> GetOrdersAsync(CancellationToken cancellationToken) =>
        await GetVerifiedAsync(cancellationToken) is { CustomerId: { } customerId }
            ? await records.OrdersOfAsync(customerId, cancellationToken)
            : VdmResults.Ok<IReadOnlyList<CustomerOrder>>([]);

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
            await RememberAsync(identity with { CustomerId = saved.Id, Profile = CustomerMapping.ProfileOf(saved) }, cancellationToken);
        }

        return result;
    }

    private async Task<bool> VerifiedAsync(string email, CancellationToken cancellationToken)
    {
        var found = await records.FindAsync(email, cancellationToken);
        if (!found.Succeeded)
        {
            logger.LogWarning("Customer lookup failed: {Refusal}", found.Refusal);
            return false;
        }

        var customer = found.Value;
        await RememberAsync(new VerifiedIdentity(email, customer?.Id, customer is null ? null : CustomerMapping.ProfileOf(customer), time.GetUtcNow()), cancellationToken);
        return true;
    }

    private async Task RememberAsync(VerifiedIdentity identity, CancellationToken cancellationToken)
    {
        await identities.SaveAsync(Visitor, identity, cancellationToken);
        verified = identity;
        loaded = true;
    }

    /// <summary>Trimmed and lower-cased, so "Jane@Example.com " and "jane@example.com" share one code and one limit.</summary>
    internal static string? Normalize(string? email)
    {
        var value = email?.Trim().ToLowerInvariant();
        return value is { Length: >= 3 and <= 254 } && value.IndexOf('@') is var at && at > 0 && at < value.Length - 1
            && !value.Any(char.IsWhiteSpace) && value.Count(c => c == '@') == 1
            ? value
            : null;
    }
}
