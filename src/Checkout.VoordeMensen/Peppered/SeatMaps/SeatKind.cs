namespace Checkout.VoordeMensen.Peppered.SeatMaps;

public enum SeatKind
{
    Standard,

    /// <summary>A wheelchair place (VdM block "wheel").</summary>
    Wheelchair,

    /// <summary>The seat for the companion of a wheelchair place.</summary>
    Companion,

    /// <summary>Obstructed or restricted view (VdM block "sight").</summary>
    Restricted,
}
