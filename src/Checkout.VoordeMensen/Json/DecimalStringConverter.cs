using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkout.VoordeMensen.Json;

/// <summary>
/// Amounts VdM wants as a decimal string with two decimals (customerCredit: "25.50"); read from a
/// string or a number.
/// </summary>
internal sealed class DecimalStringConverter : JsonConverter<decimal?>
{
    public override bool HandleNull => true;

    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.Number => reader.GetDecimal(),
            JsonTokenType.String when string.IsNullOrWhiteSpace(reader.GetString()) => null,
            JsonTokenType.String when decimal.TryParse(reader.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) => value,
            _ => throw new JsonException("Expected a decimal amount."),
        };

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is { } amount)
        {
            writer.WriteStringValue(amount.ToString("0.00", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
