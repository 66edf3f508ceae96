namespace Checkout.VoordeMensen.Public;

/// <summary>discount_type: "€" amount off, "%" percentage off, "=" fixed final price.</summary>
public enum DiscountKind
{
    FixedAmount,
    Percentage,
    FixedPrice,
    Unknown,
}

/// <summary>A ticket type ("discount") of one performance; <see cref="Price"/> is what the buyer pays.</summary>
public sealed record TicketType(
    string DiscountId,
    string Name,
    decimal BasePrice,
    DiscountKind DiscountKind,
    decimal DiscountValue,
    decimal Price);
