namespace Checkout.Web.Features.Customers;

/// <summary>The verified customer's own details as Peppered holds them (never sent to the browser before proof).</summary>
public sealed record CustomerProfile(string FirstName, string LastName, string? Phone, string? Address, string? Zip, string? City);
