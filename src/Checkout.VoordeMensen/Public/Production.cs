namespace Checkout.VoordeMensen.Public;

/// <summary>A VdM main event (show / production) with its performances.</summary>
public sealed record Production
{
    public required int Id { get; init; }
    public required string Name { get; init; }
    public string Text { get; init; } = "";
    public string ShortText { get; init; } = "";
    public Uri? ImageUrl { get; init; }
    public IReadOnlyList<string> EventTypes { get; init; } = [];
    public required IReadOnlyList<Performance> Performances { get; init; }
}
