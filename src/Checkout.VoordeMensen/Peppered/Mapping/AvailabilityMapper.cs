using System.Globalization;
using System.Text.Json;
using Checkout.VoordeMensen.Peppered.Wire;

namespace Checkout.VoordeMensen.Peppered.Mapping;

/// <summary>
/// The single-event availability. Its shape is not documented; we read the sandbox's (free places per rank, and per
/// block type a total and what is still available) and also the other plausible variant (one element per seat with a
/// boolean, and a bare count per block type). See docs/vdm-assumptions.md, "Event availability".
/// </summary>
internal static class AvailabilityMapper
{
    public static EventAvailability ToAvailability(PepperedEventDto dto)
    {
        if (dto.Availability is null && dto.BlockAvailability is null)
        {
            return EventAvailability.None;
        }

        var elements = dto.Availability ?? [];
        var seats = elements
            .Where(a => !string.IsNullOrWhiteSpace(a.SeatId))
            .Select(a => new SeatAvailability(a.SeatId!, a.RankId, Flag(a.Available) ?? Count(a.Available) > 0))
            .ToList();
        var ranks = elements
            .Where(a => string.IsNullOrWhiteSpace(a.SeatId) && a.RankId is not null)
            .Select(a => new RankAvailability(a.RankId!.Value, Text(a.RankName), Count(a.Available) ?? 0))
            .ToList();
        if (ranks.Count == 0)
        {
            ranks = [.. seats.Where(s => s.RankId is not null).GroupBy(s => s.RankId!.Value)
                .Select(g => new RankAvailability(g.Key, null, g.Count(s => s.Available)))];
        }

        var blocks = (dto.BlockAvailability ?? [])
            .Where(b => !string.IsNullOrWhiteSpace(b.BlockType))
            .Select(b => new BlockAvailability(
                PepperedEventMapper.ToBlockKind(b.BlockType!), b.BlockType!, Text(b.BlockName), Count(b.Total) ?? Count(b.Count) ?? 0, Count(b.Available)))
            .ToList();
        return new EventAvailability(ranks, blocks, seats) { BlocksReported = dto.BlockAvailability is not null };
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static bool? Flag(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>A non-negative whole number sent as a JSON number or a numeric string; anything else is unknown.</summary>
    private static int? Count(JsonElement? value)
    {
        var text = value?.ValueKind switch
        {
            JsonValueKind.Number => value.Value.GetRawText(),
            JsonValueKind.String => value.Value.GetString(),
            _ => null,
        };
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
    }
}
