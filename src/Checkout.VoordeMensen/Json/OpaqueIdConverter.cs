using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkout.VoordeMensen.Json;

/// <summary>
/// Ids that VdM sends as a string on one endpoint and an integer on another (seat_id):
/// read either as an opaque string, write as a string.
/// </summary>
internal sealed class OpaqueIdConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            _ => throw new JsonException($"Expected an id (string or number) but found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
