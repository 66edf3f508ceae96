namespace Checkout.Web.Features.Events;

public sealed class AddToCartLine
{
    public string? DiscountId { get; set; }

    public string? Quantity { get; set; }
}
