namespace Checkout.VoordeMensen.Public;

/// <summary>A cart as VdM's public API shows it (the Peppered API's is <see cref="Peppered.PepperedCart"/>). <see cref="Total"/> excludes payment-method costs.</summary>
public sealed record PublicCart(IReadOnlyList<CartLine> Lines, decimal Total)
{
    public static PublicCart Empty { get; } = new([], 0m);

    public bool IsEmpty => Lines.Count == 0;

    public int TicketCount => Lines.Sum(l => l.Quantity);
}
