namespace Checkout.VoordeMensen.Peppered;

/// <summary>A Peppered customer (UserResource).</summary>
public sealed record Customer(int Id, string Email, string FirstName, string LastName, CustomerDetails Details);

/// <summary>The optional customer fields; null = not known (read) or leave unchanged (write).</summary>
public sealed record CustomerDetails
{
    public static CustomerDetails None { get; } = new();

    /// <summary>One character, e.g. "M" or "F".</summary>
    public string? Salutation { get; init; }

    /// <summary>Dutch tussenvoegsel ("van", "de").</summary>
    public string? Preposition { get; init; }

    public string? Address { get; init; }
    public string? HouseNumber { get; init; }
    public string? Zip { get; init; }
    public string? City { get; init; }
    public string? Country { get; init; }

    /// <summary>Digits only.</summary>
    public string? Phone { get; init; }

    public decimal? Credit { get; init; }
}

/// <summary>A new customer; e-mail, first and last name are required by VdM.</summary>
public sealed record CustomerDraft(string Email, string FirstName, string LastName)
{
    public CustomerDetails Details { get; init; } = CustomerDetails.None;
}

/// <summary>Changes to a customer; null fields are not sent and stay as they are.</summary>
public sealed record CustomerUpdate
{
    public string? Email { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public CustomerDetails Details { get; init; } = CustomerDetails.None;
}
