namespace Checkout.VoordeMensen.Peppered;

/// <summary>A field of a Peppered customer record, as its validation errors name it.</summary>
public enum CustomerField
{
    Email,
    FirstName,
    LastName,

    /// <summary>Dutch tussenvoegsel ("van", "de").</summary>
    Preposition,

    Phone,
    Address,
    HouseNumber,
    Zip,
    City,
}
