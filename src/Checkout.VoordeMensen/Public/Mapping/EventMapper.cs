using Checkout.VoordeMensen.Mapping;
using Checkout.VoordeMensen.Public.Wire;
using Checkout.VoordeMensen.Time;

namespace Checkout.VoordeMensen.Public.Mapping;

internal static class EventMapper
{
    /// <summary>
    /// Elements without an event_id are dropped (VdM mixes error objects into lists). A flat sub
    /// event (answer to a sub-event id) becomes a production holding just that performance.
    /// </summary>
    public static IReadOnlyList<Production> ToProductions(IEnumerable<EventDto>? events) =>
        (events ?? []).Where(e => e.EventId is not null).Select(ToProduction).ToList();

    private static Production ToProduction(EventDto dto)
    {
        var isFlatSubEvent = dto.SubEvents is null && (dto.Rep == "sub" || dto.MainEventId is not null);
        var performances = isFlatSubEvent ? [dto] : dto.SubEvents ?? [];
        return new Production
        {
            Id = isFlatSubEvent ? dto.MainEventId ?? dto.EventId!.Value : dto.EventId!.Value,
            Name = dto.Name ?? "",
            Text = dto.Text ?? "",
            ShortText = dto.ShortText ?? "",
            ImageUrl = WireValues.ToUri(dto.Image),
            EventTypes = dto.EventTypes ?? [],
            Performances = performances
                .Select(p => ToPerformance(p, dto.EventId!.Value))
                .OfType<Performance>()
                .OrderBy(p => p.Start)
                .ToList(),
        };
    }

    /// <summary>Null when the sub event has no id or no readable start.</summary>
    internal static Performance? ToPerformance(EventDto dto, int fallbackProductionId)
    {
        if (dto.EventId is not { } id || AmsterdamTime.FromEventDate(dto.Date, dto.Time) is not { } start)
        {
            return null;
        }

        return new Performance
        {
            Id = id,
            ProductionId = dto.MainEventId ?? fallbackProductionId,
            Name = dto.Name ?? "",
            Text = dto.Text ?? "",
            ShortText = dto.ShortText ?? "",
            Url = WireValues.ToUri(dto.Url),
            ImageUrl = WireValues.ToUri(dto.Image),
            Start = start,
            End = AmsterdamTime.EndAfter(start, dto.End),
            ViewEnd = AmsterdamTime.FromDateTime(dto.ViewEnd),
            Status = ToStatus(dto.Status),
            StatusRaw = dto.Status ?? "",
            MaxPerOrder = Math.Max(dto.Free ?? 0, 0),
            LocationId = dto.LocationId,
            LocationName = dto.LocationName ?? "",
            EventTypes = dto.EventTypes ?? [],
        };
    }

    internal static PerformanceStatus ToStatus(string? raw) => raw?.Trim().ToLowerInvariant() switch
    {
        "pub" => PerformanceStatus.Published,
        "unpub" => PerformanceStatus.Unpublished,
        "nosal" => PerformanceStatus.NoSale,
        "arch" => PerformanceStatus.Archived,
        "trash" => PerformanceStatus.Trash,
        _ => PerformanceStatus.Unknown,
    };
}
