namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>The outcome of <see cref="SeatMap.Check"/>: a selection to hold, or the problems found.</summary>
public sealed record SeatCheck(SeatSelection? Selection, IReadOnlyList<SeatProblem> Problems)
{
    public bool IsValid => Selection is not null;
}
