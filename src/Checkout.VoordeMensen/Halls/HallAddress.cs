namespace Checkout.VoordeMensen.Halls;

/// <summary>
/// A hall and where it is, for telling a buyer where to go. <see cref="Id"/> is the <c>location_id</c> of the public
/// event list and Peppered's <c>hallId</c>. Address parts VdM leaves empty are null.
/// </summary>
public sealed record HallAddress(int Id, string Name, string? Street, string? Zip, string? City);
