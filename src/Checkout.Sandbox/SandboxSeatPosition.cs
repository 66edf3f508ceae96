namespace Checkout.Sandbox;

/// <summary>A place on a numbered hall's seat plan: section name (VdM's pmp_name), row and seat number.</summary>
public sealed record SandboxSeatPosition(string Section, int Row, int Seat);
