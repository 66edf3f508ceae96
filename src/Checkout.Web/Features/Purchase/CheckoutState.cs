using Checkout.Web.Features.Customers;
using FluentValidation;

namespace Checkout.Web.Features.Purchase;

/// <summary>
/// The checkout form's one state owner for a request: the details shown (saved ones on a page request, the posted ones
/// on a post), the verified customer they may belong to, and the messages per field. The page, the customer step and
/// the customer save read it and change it only through its methods.
/// </summary>
public sealed class CheckoutState(CustomerIdentityService identity, CheckoutService ordering, IValidator<BuyerForm> validator)
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    /// <summary>The form's model; consent boxes start unticked (AVG).</summary>
    public BuyerForm Buyer { get; private set; } = new();

    /// <summary>The customer the visitor proved to be (code or venue token), if any.</summary>
    public VerifiedIdentity? Verified { get; private set; }

    /// <summary>True once the details were checked on this request and a field needs fixing (or VdM refused one).</summary>
    public bool HasErrors => errors.Count > 0;

    /// <summary>
    /// The form as a page request shows it: what the visitor typed before (kept with the cart session), filled from the
    /// customer record when they are verified for another address than the one typed.
    /// </summary>
    public async Task StartAsync(Buyer? saved, CancellationToken cancellationToken)
    {
        Buyer = BuyerForm.From(saved);
        Verified = await identity.GetVerifiedAsync(cancellationToken);
        // A visitor who came back (or arrived with a venue token) keeps what they typed for this address.
        if (identity.IsAvailable && Verified is { } v && !string.Equals(Buyer.Email.Trim(), v.Email, StringComparison.OrdinalIgnoreCase))
        {
            CustomerMapping.Prefill(Buyer, v);
        }
    }

    /// <summary>The form was posted: the details are what was typed, kept with the cart session at once (nothing is lost on a failure).</summary>
    public async Task PostedAsync(BuyerForm posted, CancellationToken cancellationToken)
    {
        Buyer = posted;
        Verified = await identity.GetVerifiedAsync(cancellationToken);
        await KeepAsync(cancellationToken);
    }

    /// <summary>The visitor just proved an address: the form takes the customer record's details.</summary>
    public void Verify(VerifiedIdentity verified)
    {
        Verified = verified;
        CustomerMapping.Prefill(Buyer, verified);
    }

    /// <summary>The visitor signed out.</summary>
    public void SignedOut() => Verified = null;

    /// <summary>Keeps the details as they are now with the cart session, so they survive a reload (as after verification).</summary>
    public Task KeepAsync(CancellationToken cancellationToken) => ordering.KeepBuyerAsync(Buyer.ToDetails(), cancellationToken);

    /// <summary>An order was placed: a verified customer's earlier orders are read again next time, the new one with them.</summary>
    public Task OrderPlacedAsync(CancellationToken cancellationToken) => identity.OrderPlacedAsync(cancellationToken);

    /// <summary>
    /// Creates or updates the verified customer's record from the details; only details that would pass as an order
    /// go into it. A field VdM refuses gets its message next to it.
    /// </summary>
    public async Task<SaveOutcome> SaveCustomerAsync(CancellationToken cancellationToken)
    {
        if (!await ValidateAsync())
        {
            return SaveOutcome.Invalid;
        }

        var saved = await identity.SaveDetailsAsync(Buyer.ToDetails(), cancellationToken);
        if (saved.Outcome is SaveOutcome.Created or SaveOutcome.Updated)
        {
            Verified = await identity.GetVerifiedAsync(cancellationToken);
        }

        if (saved.FieldErrors is { Count: > 0 } refused)
        {
            ShowFieldErrors(refused);
        }

        return saved.Outcome;
    }

    /// <summary>Checks the details and keeps a message per field to fix; true when they can be sent.</summary>
    public async Task<bool> ValidateAsync()
    {
        var result = await validator.ValidateAsync(Buyer);
        foreach (var failure in result.Errors)
        {
            Add(failure.PropertyName, failure.ErrorMessage);
        }

        return result.IsValid;
    }

    // Messages from elsewhere (VdM refusing a customer record), keyed by BuyerForm property.
    private void ShowFieldErrors(IReadOnlyDictionary<string, string> refused)
    {
        foreach (var (property, message) in refused)
        {
            Add(property, message);
        }
    }

    /// <summary>The messages for one field (empty when it is fine).</summary>
    public IReadOnlyList<string> ErrorsOf(string property) => errors.TryGetValue(property, out var messages) ? messages : [];

    private void Add(string property, string message)
    {
        if (!errors.TryGetValue(property, out var messages))
        {
            errors[property] = messages = [];
        }

        if (!messages.Contains(message, StringComparer.Ordinal))
        {
            messages.Add(message);
        }
    }
}
