namespace Checkout.Sandbox.Data;

/// <summary>A VdM main event (Peppered: production).</summary>
internal sealed class Production(int id, string name, string shortText, string text)
{
    public int Id => id;
    public string Name => name;
    public string ShortText => shortText;
    public string Text => text;
    public string? Artist { get; init; }
    public string? Image { get; init; }
    public string? Url { get; init; }
    public IReadOnlyList<string> EventTypes { get; init; } = [];
    public List<Performance> Performances { get; } = [];
}
