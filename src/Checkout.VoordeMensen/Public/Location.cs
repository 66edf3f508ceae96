namespace Checkout.VoordeMensen.Public;

/// <summary>A venue / hall from /locations (undocumented endpoint, fields as seen in integration code).</summary>
public sealed record Location(
    int Id,
    string Name,
    string? Address,
    string? Address1,
    string? Zip,
    string? City,
    string? Country,
    string? Phone);
