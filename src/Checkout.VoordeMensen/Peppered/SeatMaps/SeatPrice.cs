namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>A price on a rank (seat plan priceLevels); <see cref="PriceId"/> is the ticket type's id (public discount_id).</summary>
public sealed record SeatPrice(string PriceId, string Name, decimal Amount);
