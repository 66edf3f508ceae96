using Checkout.VoordeMensen.Public.Wire;

namespace Checkout.VoordeMensen.Public.Mapping;

internal static class TicketTypeMapper
{
    public static IReadOnlyList<TicketType> ToTicketTypes(IEnumerable<TicketTypeDto>? dtos) =>
        (dtos ?? [])
            .Where(d => !string.IsNullOrWhiteSpace(d.DiscountId) && d.DiscountedPrice is not null)
            .Select(d => new TicketType(
                d.DiscountId!,
                d.Name ?? "",
                d.BasePrice ?? d.DiscountedPrice!.Value,
                ToKind(d.DiscountType),
                d.DiscountValue ?? 0m,
                d.DiscountedPrice!.Value))
            .ToList();

    /// <summary>JSON unescaping already turned "\u20ac" into "€"; "EUR" is accepted for safety.</summary>
    internal static DiscountKind ToKind(string? raw) => raw?.Trim() switch
    {
        "€" or "EUR" => DiscountKind.FixedAmount,
        "%" => DiscountKind.Percentage,
        "=" => DiscountKind.FixedPrice,
        _ => DiscountKind.Unknown,
    };
}
