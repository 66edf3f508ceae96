namespace Checkout.Sandbox.Data;

internal sealed class Customer(int id)
{
    public int Id => id;
    public required string Email { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? Salutation { get; set; }
    public string? Preposition { get; set; }
    public string? Address { get; set; }
    public string? HouseNr { get; set; }
    public string? Zip { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? Phone { get; set; }
    public string? Credit { get; set; }
    public List<string> ClientTypes { get; set; } = [];
    public DateTimeOffset LastChanged { get; set; }
}
