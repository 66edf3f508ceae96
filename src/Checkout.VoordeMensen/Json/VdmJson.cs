using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkout.VoordeMensen.Json;

/// <summary>
/// Serializer settings for both VdM APIs. Every wire property carries an explicit
/// [JsonPropertyName], so one instance serves snake_case (public) and camelCase (Peppered).
/// Reading is tolerant (numbers as strings, loose booleans, zero-sentinel dates); writing is strict.
/// </summary>
internal static class VdmJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,

            // Bodies go server to server, never into HTML: send "+02:00" and "€" as themselves.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new TolerantBooleanConverter());
        options.Converters.Add(new TolerantDateTimeOffsetConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
