namespace Checkout.VoordeMensen.Peppered;

/// <summary>Cart totals; <see cref="TimeOut"/> is when held tickets are released.</summary>
public sealed record PepperedCartSummary(string CartId, DateTimeOffset? TimeOut, int NumberOfItems, decimal Amount);

public sealed record PepperedCart(
    string CartId,
    DateTimeOffset? TimeOut,
    int NumberOfItems,
    decimal Amount,
    IReadOnlyList<PepperedCartItem> Items)
{
    public bool IsEmpty => Items.Count == 0;
}

/// <summary>A cart line: ticket, donation, voucher …; <see cref="ItemId"/> is needed to remove it.</summary>
public sealed record PepperedCartItem(
    string ItemType,
    string ItemId,
    int? EventId,
    string? PriceId,
    string? PriceName,
    string Description,
    decimal Amount);

/// <summary>One thing to add to a Peppered cart. Use the factory methods.</summary>
public sealed record PepperedCartAddition
{
    internal const string DonationPriceId = "donation";

    private PepperedCartAddition()
    {
    }

    public required string PriceId { get; init; }
    public required int RankId { get; init; }
    public int? EventId { get; init; }
    public int? Quantity { get; init; }
    public string? SeatId { get; init; }
    public decimal? Amount { get; init; }

    /// <summary>Best-available tickets of a price on a rank.</summary>
    public static PepperedCartAddition Tickets(int eventId, string priceId, int rankId, int quantity) =>
        new() { PriceId = priceId, RankId = rankId, EventId = eventId, Quantity = quantity };

    /// <summary>One specific seat from the seat plan.</summary>
    public static PepperedCartAddition Seat(int eventId, string priceId, int rankId, string seatId) =>
        new() { PriceId = priceId, RankId = rankId, EventId = eventId, SeatId = seatId };

    public static PepperedCartAddition Donation(decimal amount) =>
        new() { PriceId = DonationPriceId, RankId = 0, Amount = amount };
}

/// <summary>Checkout of a Peppered cart against a payment method and (optionally) a known customer.</summary>
public sealed record PepperedCheckout(int PaymentMethodId, int? CustomerId);
