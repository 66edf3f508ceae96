namespace Checkout.Web.Features.Events;

/// <summary>
/// The posted ticket order, bound by Blazor's static SSR form mapping from <c>Form.Lines[i].DiscountId</c> and
/// <c>Form.Lines[i].Quantity</c>. Quantities stay text so whatever was typed comes back unchanged with its message.
/// </summary>
public sealed class AddToCartInput
{
    public List<AddToCartLine> Lines { get; set; } = [];

    public string? QuantityOf(string discountId) => Lines.FirstOrDefault(l => l.DiscountId == discountId)?.Quantity;
}
