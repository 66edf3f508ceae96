namespace Checkout.VoordeMensen.Peppered;

public sealed record PepperedOrder
{
    public required int Id { get; init; }
    public required string OrderKey { get; init; }

    /// <summary>Null for anonymous orders.</summary>
    public int? CustomerId { get; init; }

    public required OrderState State { get; init; }
    public required PaymentStatus PaymentStatus { get; init; }
    public DateTimeOffset? OrderDate { get; init; }

    /// <summary>Expiry of a reservation.</summary>
    public DateTimeOffset? TimeOut { get; init; }

    public decimal Amount { get; init; }
    public decimal Donation { get; init; }

    /// <summary>Use the highest value seen as changedSince for the next incremental sync.</summary>
    public DateTimeOffset? LastChanged { get; init; }

    public string PaymentMethodName { get; init; } = "";
    public string? DiscountName { get; init; }
}
