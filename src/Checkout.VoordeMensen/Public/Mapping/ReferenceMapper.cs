using Checkout.VoordeMensen.Public.Wire;

namespace Checkout.VoordeMensen.Public.Mapping;

/// <summary>Payment methods, locations and event types: elements without their id are dropped.</summary>
internal static class ReferenceMapper
{
    public static IReadOnlyList<PaymentMethod> ToPaymentMethods(IEnumerable<PaymentMethodDto>? dtos) =>
        (dtos ?? [])
            .Where(d => d.Id is not null)
            .Select(d => new PaymentMethod(d.Id!.Value, d.Description ?? "", d.Cost ?? 0m))
            .ToList();

    public static IReadOnlyList<Location> ToLocations(IEnumerable<LocationDto>? dtos) =>
        (dtos ?? [])
            .Where(d => d.Id is not null)
            .Select(d => new Location(d.Id!.Value, d.Name ?? "", d.Address, d.Address1, d.Zip, d.City, d.Country, d.Phone))
            .ToList();

    public static IReadOnlyList<string> ToEventTypeNames(IEnumerable<EventTypeDto>? dtos) =>
        (dtos ?? []).Select(d => d.Name).OfType<string>().Where(n => n.Length > 0).ToList();
}
