namespace Checkout.Sandbox.Data;

/// <summary>A VdM "discount": every ticket type is a rule applied to the rank's base price.</summary>
internal sealed record TicketType(
    string Id,
    string Name,
    string Kind,
    decimal Value,
    int? PerEventCap = null,
    int? PerOrderCap = null)
{
    public const string AmountOff = "€";
    public const string PercentOff = "%";
    public const string FixedPrice = "=";

    /// <summary>The seat_price: half-up to cents (24.50 less 25 % = 18.375 → 18.38).</summary>
    public decimal PriceFor(decimal basePrice) => Math.Round(ExactPriceFor(basePrice), 2, MidpointRounding.AwayFromZero);

    /// <summary>Before rounding; a performance that totals unrounded prices rounds only the sum.</summary>
    public decimal ExactPriceFor(decimal basePrice) => Kind switch
    {
        AmountOff => Math.Max(0m, basePrice - Value),
        PercentOff => basePrice * (100m - Value) / 100m,
        FixedPrice => Value,
        _ => throw new InvalidOperationException($"Unknown discount kind '{Kind}'."),
    };
}
