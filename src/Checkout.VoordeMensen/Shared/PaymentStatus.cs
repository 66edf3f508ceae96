namespace Checkout.VoordeMensen;

public enum PaymentStatusKind
{
    None,
    Pending,
    Paid,
    Partial,
    Cancelled,
    Unknown,
}

/// <summary>An order's payment status; <see cref="Raw"/> keeps VdM's value for statuses this library does not know.</summary>
public sealed record PaymentStatus(PaymentStatusKind Kind, string Raw)
{
    public bool IsPaid => Kind == PaymentStatusKind.Paid;

    public static PaymentStatus Parse(string? raw)
    {
        var value = raw?.Trim() ?? "";
        var kind = value.ToLowerInvariant() switch
        {
            "none" or "" => PaymentStatusKind.None,
            "pending" or "open" => PaymentStatusKind.Pending,
            "paid" => PaymentStatusKind.Paid,
            "partial" => PaymentStatusKind.Partial,
            "cancelled" or "canceled" => PaymentStatusKind.Cancelled,
            _ => PaymentStatusKind.Unknown,
        };
        return new PaymentStatus(kind, value);
    }
}
