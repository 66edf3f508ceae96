namespace Checkout.Web.Features.Purchase;

/// <summary>What the checkout form posts: the buyer's details, the payment method chosen and which button was pressed.</summary>
public sealed class CheckoutInput
{
    /// <summary>The form's name (its <c>_handler</c>).</summary>
    public const string FormName = "checkout";

    /// <summary>The form element's id: buttons and fields outside it join it with form="…".</summary>
    public const string FormId = "checkout-form";

    public const string Place = "place";
    public const string Save = "save";

    /// <summary>The hold timer's extend button, which joins the form so that the typed details come along.</summary>
    public const string Renew = "renew";

    /// <summary>
    /// Only keep the details: posted by js/hold-timer.js when the hold ends (the page then shows what VdM still holds),
    /// and by Enter in a field without JavaScript (the form's first button), which must not check or send anything.
    /// </summary>
    public const string Keep = "keep";

    public BuyerForm Buyer { get; set; } = new();

    public int? PaymentMethodId { get; set; }

    public string? Action { get; set; }
}
