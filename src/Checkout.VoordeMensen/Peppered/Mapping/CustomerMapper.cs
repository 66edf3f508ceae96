using Checkout.VoordeMensen.Peppered.Wire;

namespace Checkout.VoordeMensen.Peppered.Mapping;

internal static class CustomerMapper
{
    public static Customer? ToCustomer(CustomerDto? dto) =>
        dto?.CustomerId is not { } id
            ? null
            : new Customer(id, dto.Email ?? "", dto.FirstName ?? "", dto.LastName ?? "", new CustomerDetails
            {
                Salutation = dto.Salutation,
                Preposition = dto.Preposition,
                Address = dto.Address,
                HouseNumber = dto.HouseNumber,
                Zip = dto.Zip,
                City = dto.City,
                Country = dto.Country,
                Phone = dto.Phone,
                Credit = dto.Credit,
            });

    public static Customer Required(CustomerDto? dto) =>
        ToCustomer(dto) ?? throw new VoordeMensenException(VdmErrorKind.InvalidResponse, "VoordeMensen returned a customer without a customerId.");

    public static CustomerDto ToWire(CustomerDraft draft) => ToWire(draft.Email, draft.FirstName, draft.LastName, draft.Details);

    public static CustomerDto ToWire(CustomerUpdate update) => ToWire(update.Email, update.FirstName, update.LastName, update.Details);

    private static CustomerDto ToWire(string? email, string? firstName, string? lastName, CustomerDetails details) => new()
    {
        Email = email,
        FirstName = firstName,
        LastName = lastName,
        Salutation = details.Salutation,
        Preposition = details.Preposition,
        Address = details.Address,
        HouseNumber = details.HouseNumber,
        Zip = details.Zip,
        City = details.City,
        Country = details.Country,
        Phone = details.Phone,
        Credit = details.Credit,
    };
}
