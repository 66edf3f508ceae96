namespace Checkout.Web.Features.Purchase;

/// <summary>What the checkout form posts: the buyer's details, the payment method chosen and which button was pressed.</summary>
public sealed class CheckoutInput
{
    public const string Place = "place";
    public const string Save = "save";

    /// <summary>Posted by js/hold-timer.js when the hold ends: only keep the details and show what VdM still holds.</summary>
    public const string Keep = "keep";

    public BuyerForm Buyer { get; set; } = new();

    public int? PaymentMethodId { get; set; }

    public string? Action { get; set; }
}
