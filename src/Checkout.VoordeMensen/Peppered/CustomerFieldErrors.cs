namespace Checkout.VoordeMensen.Peppered;

/// <summary>
/// Reads Peppered's refusal of a customer record (422, Laravel-style <c>errors</c> keyed by wire field names such as
/// <c>customerFirstName</c>) into <see cref="CustomerField"/>s, so no wire name leaves the library.
/// </summary>
public static class CustomerFieldErrors
{
    /// <summary>
    /// True when VdM refused the record's data: <paramref name="errors"/> then holds the first message per known field
    /// (fields this shop does not know are left out).
    /// </summary>
    public static bool TryRead(VoordeMensenException error, out IReadOnlyDictionary<CustomerField, string> errors)
    {
        ArgumentNullException.ThrowIfNull(error);
        var fields = new Dictionary<CustomerField, string>();
        errors = fields;
        if (error.Kind != VdmErrorKind.Validation)
        {
            return false;
        }

        foreach (var (name, messages) in error.FieldErrors)
        {
            if (FieldOf(name) is { } field && messages.Count > 0)
            {
                fields.TryAdd(field, messages[0]);
            }
        }

        return true;
    }

    private static CustomerField? FieldOf(string wireName) => wireName switch
    {
        "email" => CustomerField.Email,
        "customerFirstName" => CustomerField.FirstName,
        "customerLastName" => CustomerField.LastName,
        "customerPreposition" => CustomerField.Preposition,
        "customerPhone" => CustomerField.Phone,
        "customerAddress" => CustomerField.Address,
        "customerHouseNr" => CustomerField.HouseNumber,
        "customerZip" => CustomerField.Zip,
        "customerCity" => CustomerField.City,
        _ => null,
    };
}
