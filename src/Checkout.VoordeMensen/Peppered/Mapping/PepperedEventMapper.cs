using Checkout.VoordeMensen.Peppered.Wire;

namespace Checkout.VoordeMensen.Peppered.Mapping;

internal static class PepperedEventMapper
{
    public static IReadOnlyList<PepperedEvent> ToEvents(IEnumerable<PepperedEventDto>? dtos) =>
        (dtos ?? []).Select(ToEvent).OfType<PepperedEvent>().ToList();

    public static PepperedEvent? ToEvent(PepperedEventDto? dto) =>
        dto?.EventId is not { } id
            ? null
            : new PepperedEvent
            {
                Id = id,
                ProductionId = dto.ProductionId ?? 0,
                Name = dto.Name ?? "",
                EventType = string.IsNullOrWhiteSpace(dto.EventType) ? null : dto.EventType,
                Tags = (dto.Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Start = dto.Start,
                End = dto.End,
                HallId = dto.HallId,
                Prices = (dto.Prices ?? [])
                    .Where(p => p.Amount is not null)
                    .Select(p => new PepperedPrice(p.RankId, p.PriceId, p.PriceName, p.RankName, p.Amount!.Value))
                    .ToList(),
                Availability = AvailabilityMapper.ToAvailability(dto),
            };

    public static PepperedProduction? ToProduction(ProductionDto? dto) =>
        dto?.ProductionId is not { } id ? null : new PepperedProduction(id, dto.Title ?? "", dto.Artist, ToEvents(dto.Events));

    public static IReadOnlyList<PepperedPaymentMethod> ToPaymentMethods(IEnumerable<PepperedPaymentMethodDto>? dtos) =>
        (dtos ?? [])
            .Where(d => d.PaymentMethodId is not null)
            .Select(d => new PepperedPaymentMethod(d.PaymentMethodId!.Value, d.Name ?? "", d.Fee ?? 0m))
            .ToList();

    internal static BlockKind ToBlockKind(string raw) => raw.Trim().ToLowerInvariant() switch
    {
        "block" => BlockKind.Capacity,
        "perf" => BlockKind.Performer,
        "ext" => BlockKind.SoldExternally,
        "group" => BlockKind.Group,
        "press" => BlockKind.Press,
        "wheel" => BlockKind.Wheelchair,
        "tech" => BlockKind.Technical,
        "theat" => BlockKind.TheatreHold,
        "sight" => BlockKind.ObstructedView,
        _ => BlockKind.Unknown,
    };
}
