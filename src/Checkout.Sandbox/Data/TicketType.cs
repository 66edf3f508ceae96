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

    public decimal PriceFor(decimal basePrice) => Kind switch
    {
        AmountOff => Math.Max(0m, basePrice - Value),
        PercentOff => Math.Round(basePrice * (100m - Value) / 100m, 2, MidpointRounding.AwayFromZero),
        FixedPrice => Value,
        _ => throw new InvalidOperationException($"Unknown discount kind '{Kind}'."),
    };
}
