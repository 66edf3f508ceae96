using Checkout.VoordeMensen.Peppered.Wire;
using Checkout.VoordeMensen.Mapping;

namespace Checkout.VoordeMensen.Peppered.Mapping;

internal static class SeatingMapper
{
    public static IReadOnlyList<Hall> ToHalls(IEnumerable<HallDto>? dtos) =>
        (dtos ?? []).Select(ToHall).OfType<Hall>().ToList();

    public static Hall? ToHall(HallDto? dto) =>
        dto?.HallId is not { } id
            ? null
            : new Hall(id, dto.Name ?? "", dto.Address, dto.Zip, dto.City, dto.Phone, WireValues.ToUri(dto.Url));

    public static SeatPlan ToSeatPlan(SeatPlanDto dto, int requestedEventId) => new(
        dto.EventId ?? requestedEventId,
        dto.HallId ?? 0,
        (dto.PriceLevels ?? [])
            .Where(p => p.RankId is not null && p.Amount is not null)
            .Select(p => new PriceLevel(p.PriceId ?? "", p.RankId!.Value, p.Name ?? "", p.Amount!.Value))
            .ToList(),
        (dto.Sections ?? []).Select(ToSection).ToList(),
        dto.Available ?? 0);

    private static SeatSection ToSection(SectionDto dto) => new(
        dto.SectionId ?? 0,
        dto.Name ?? "",
        (dto.Rows ?? []).Select(r => new SeatRow(
            r.RowNumber ?? 0,
            (r.Seats ?? [])
                .Where(s => !string.IsNullOrWhiteSpace(s.SeatId))
                .Select(s => new Seat(s.SeatId!, s.SeatNumber ?? 0, s.RankId ?? 0, s.Available ?? false)
                {
                    BlockType = string.IsNullOrWhiteSpace(s.BlockType) ? null : s.BlockType.Trim().ToLowerInvariant(),
                    CompanionSeatId = string.IsNullOrWhiteSpace(s.CompanionSeatId) ? null : s.CompanionSeatId,
                })
                .ToList())).ToList());
}
