using System.Text.Json.Serialization;
using Checkout.VoordeMensen.Public;

namespace Checkout.Web.Features.Cart;

/// <summary>The tickets VdM holds for the visitor and VdM's total for them (payment costs and the donation not included).</summary>
public sealed record HeldCart(IReadOnlyList<HeldTicket> Lines, decimal Total)
{
    public static HeldCart Empty { get; } = new([], 0m);

    [JsonIgnore]
    public bool IsEmpty => Lines.Count == 0;

    [JsonIgnore]
    public int TicketCount => Lines.Sum(l => l.Quantity);

    [JsonIgnore]
    public IReadOnlyList<string> SeatIds => [.. Lines.Select(l => l.SeatId)];

    public static HeldCart From(PublicCart cart) => cart.IsEmpty ? Empty : new([.. cart.Lines.Select(HeldTicket.From)], cart.Total);
}
