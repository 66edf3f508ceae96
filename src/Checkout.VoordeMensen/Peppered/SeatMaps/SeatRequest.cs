namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>A seat and the price a browser asked for: untrusted until <see cref="SeatMap.Check"/> accepted it.</summary>
public sealed record SeatRequest(string? SeatId, string? PriceId);
