namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>Whether a seat can be chosen now. "Selected" is the shop's own state, not VdM's.</summary>
public enum SeatState
{
    Free,
    Taken,
}
