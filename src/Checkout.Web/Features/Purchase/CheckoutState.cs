using Checkout.Web.Features.Customers;
using FluentValidation;
using Microsoft.AspNetCore.Components;

namespace Checkout.Web.Features.Purchase;

/// <summary>
/// The checkout form's one state owner in a circuit: the details being typed, the verified customer they may belong
/// to, and what the form must show. The page and its sibling parts (customer step, buyer details, customer save) read
/// it and change it only through its methods, and re-render when it notifies them (<see cref="NotifyOnChange"/>), so
/// none of them reaches into another.
/// </summary>
public sealed class CheckoutState(CustomerIdentityService identity, CheckoutService ordering, IValidator<BuyerForm> validator)
{
    private readonly Dictionary<string, (string? Value, string Message)> external = new(StringComparer.Ordinal);
    private readonly List<Subscription> subscriptions = [];

    /// <summary>The form's model; consent boxes start unticked (AVG).</summary>
    public BuyerForm Buyer { get; private set; } = new();

    /// <summary>The customer the visitor proved to be (code or venue token), if any.</summary>
    public VerifiedIdentity? Verified { get; private set; }

    /// <summary>How many times the form was asked to show all its messages: each request is seen once.</summary>
    public int ValidationRound { get; private set; }

    /// <summary>After a validation round: the fields to fix (the form focuses the first of them on screen).</summary>
    public IReadOnlySet<string> FieldsToFix { get; private set; } = new HashSet<string>();

    /// <summary>Calls <paramref name="callback"/> after every change until the subscription is disposed.</summary>
    public IDisposable NotifyOnChange(EventCallback callback)
    {
        var subscription = new Subscription(this, callback);
        subscriptions.Add(subscription);
        return subscription;
    }

    /// <summary>
    /// A fresh form for the checkout page: what the visitor typed before (kept with the cart session), filled from
    /// the customer record when they are verified for another address than the one typed.
    /// </summary>
    public async Task StartAsync(Buyer? saved, CancellationToken cancellationToken)
    {
        Buyer = BuyerForm.From(saved);
        external.Clear();
        Verified = await identity.GetVerifiedAsync(cancellationToken);
        // A visitor who came back (or arrived with a venue token) keeps what they typed for this address.
        if (identity.IsAvailable && Verified is { } v && !string.Equals(Buyer.Email.Trim(), v.Email, StringComparison.OrdinalIgnoreCase))
        {
            CustomerMapping.Prefill(Buyer, v);
        }

        await NotifyAsync();
    }

    /// <summary>The visitor just proved an address: the form takes the customer record's details.</summary>
    public Task VerifiedAsync(VerifiedIdentity verified)
    {
        Verified = verified;
        CustomerMapping.Prefill(Buyer, verified);
        return NotifyAsync();
    }

    /// <summary>The customer record changed (created or updated from the form), or the visitor signed out (null).</summary>
    public Task IdentityChangedAsync(VerifiedIdentity? verified)
    {
        Verified = verified;
        return NotifyAsync();
    }

    /// <summary>Keeps the details as they are now with the cart session, so they survive a reload (as after verification).</summary>
    public Task KeepAsync(CancellationToken cancellationToken) => ordering.KeepBuyerAsync(Buyer.ToDetails(), cancellationToken);

    /// <summary>An order was placed: a verified customer's earlier orders are read again next time, the new one with them.</summary>
    public Task OrderPlacedAsync(CancellationToken cancellationToken) => identity.OrderPlacedAsync(cancellationToken);

    /// <summary>True when the details would pass as an order; shows nothing.</summary>
    public async Task<bool> IsValidAsync() => (await validator.ValidateAsync(Buyer)).IsValid;

    /// <summary>Shows every message and marks the fields to fix; true when the details can be sent.</summary>
    public Task<bool> ValidateAsync() => ShowMessagesAsync([]);

    /// <summary>
    /// Shows messages from elsewhere (VdM refusing a customer record) next to their fields, keyed by
    /// <see cref="BuyerForm"/> property; each stays until the visitor changes that field. Not a reason to refuse the
    /// order: when the details are otherwise valid, focus goes to the first of these fields.
    /// </summary>
    public Task<bool> ShowFieldErrorsAsync(IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (property, message) in errors)
        {
            external[property] = (ValueOf(Buyer, property), message);
        }

        return ShowMessagesAsync(errors.Keys);
    }

    /// <summary>The message from elsewhere for this field, while it still has the value it was given for.</summary>
    public string? ExternalError(BuyerForm model, string property) =>
        external.TryGetValue(property, out var e) && e.Value == ValueOf(model, property) ? e.Message : null;

    private async Task<bool> ShowMessagesAsync(IEnumerable<string> toFixWhenValid)
    {
        var result = await validator.ValidateAsync(Buyer);
        FieldsToFix = result.IsValid ? toFixWhenValid.ToHashSet(StringComparer.Ordinal) : result.Errors.Select(e => e.PropertyName).ToHashSet(StringComparer.Ordinal);
        ValidationRound++;
        await NotifyAsync();
        return result.IsValid;
    }

    private Task NotifyAsync() => Task.WhenAll(subscriptions.ToArray().Select(s => s.Callback.InvokeAsync()));

    private static string? ValueOf(BuyerForm model, string property) => typeof(BuyerForm).GetProperty(property)?.GetValue(model)?.ToString();

    private sealed class Subscription(CheckoutState owner, EventCallback callback) : IDisposable
    {
        public EventCallback Callback => callback;

        public void Dispose() => owner.subscriptions.Remove(this);
    }
}
