namespace Checkout.VoordeMensen.Peppered.SeatMaps;

public enum SeatProblemKind
{
    /// <summary>No seat was chosen.</summary>
    NoSeats,

    /// <summary>More seats than one order may hold.</summary>
    TooMany,

    /// <summary>Not a seat of this performance's plan.</summary>
    Unknown,

    /// <summary>The same seat twice.</summary>
    Duplicate,

    /// <summary>Taken (sold, held by another cart or not for sale).</summary>
    Taken,

    /// <summary>The price is not one of the seat's rank.</summary>
    PriceNotAvailable,
}

/// <summary>Why a requested seat cannot be held; <see cref="SeatId"/> is null for problems of the whole request.</summary>
public sealed record SeatProblem(string? SeatId, SeatProblemKind Kind);
