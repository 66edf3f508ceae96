namespace Checkout.Sandbox.Data;

internal sealed record PaymentMethod(int Id, string Name, decimal Fee);

internal sealed record WaitingListEntry(
    int Id, Customer Customer, Performance Performance, int NumberOfTickets, string Type,
    DateTimeOffset CreatedAt, DateTimeOffset? NotifiedAt)
{
    public DateTimeOffset LastChanged => NotifiedAt ?? CreatedAt;
}
