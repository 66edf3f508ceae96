using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Checkout.VoordeMensen.Time;

namespace Checkout.VoordeMensen.Json;

/// <summary>
/// Peppered timestamps: ISO-8601 with offset. Empty strings and zero sentinels read as null;
/// a timestamp without offset is taken as Amsterdam local time. Writes ISO-8601 with offset.
/// </summary>
internal sealed class TolerantDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date-time string but found {reader.TokenType}.");
        }

        var text = reader.GetString();
        if (string.IsNullOrWhiteSpace(text) || AmsterdamTime.IsZeroSentinel(text))
        {
            return null;
        }

        if (HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            return withOffset;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return AmsterdamTime.FromLocal(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
        }

        throw new JsonException($"'{text}' is not a date-time.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteStringValue(v.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static bool HasOffset(string text)
    {
        var timeStart = text.IndexOf('T');
        return timeStart > 0 && (text.EndsWith('Z') || text.IndexOfAny(['+', '-'], timeStart) > 0);
    }
}
