namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>The outcome of holding a <see cref="SeatSelection"/>: <see cref="SeatsHeld"/> or <see cref="SeatsRefused"/>.</summary>
public abstract record SeatHoldResult;
