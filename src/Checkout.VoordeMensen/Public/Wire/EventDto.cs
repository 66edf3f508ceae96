using System.Text.Json.Serialization;

namespace Checkout.VoordeMensen.Public.Wire;

/// <summary>
/// A main event with its sub events, or (when a sub-event id was requested) a flat sub event.
/// Both share the same field names, so one type reads either.
/// </summary>
internal sealed class EventDto
{
    [JsonPropertyName("event_id")] public int? EventId { get; init; }
    [JsonPropertyName("event_main_id")] public int? MainEventId { get; init; }
    [JsonPropertyName("event_name")] public string? Name { get; init; }
    [JsonPropertyName("event_text")] public string? Text { get; init; }
    [JsonPropertyName("event_short_text")] public string? ShortText { get; init; }
    [JsonPropertyName("event_url")] public string? Url { get; init; }
    [JsonPropertyName("event_image")] public string? Image { get; init; }
    [JsonPropertyName("event_type")] public List<string>? EventTypes { get; init; }
    [JsonPropertyName("event_date")] public string? Date { get; init; }
    [JsonPropertyName("event_time")] public string? Time { get; init; }
    [JsonPropertyName("event_end")] public string? End { get; init; }
    [JsonPropertyName("event_view_end")] public string? ViewEnd { get; init; }
    [JsonPropertyName("event_rep")] public string? Rep { get; init; }
    [JsonPropertyName("event_free")] public int? Free { get; init; }
    [JsonPropertyName("event_status")] public string? Status { get; init; }
    [JsonPropertyName("location_id")] public int? LocationId { get; init; }
    [JsonPropertyName("location_name")] public string? LocationName { get; init; }
    [JsonPropertyName("sub_events")] public List<EventDto>? SubEvents { get; init; }
}
