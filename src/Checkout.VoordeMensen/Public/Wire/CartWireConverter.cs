using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkout.VoordeMensen.Public.Wire;

/// <summary>
/// The public cart is a heterogeneous array: item objects (with seat_id), one trailing
/// {"totalprice": …}, or just [{"cart": 0}] when empty. Elements of any other shape are ignored.
/// </summary>
internal sealed class CartWireConverter : JsonConverter<CartWire>
{
    public override CartWire Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("A cart must be a JSON array.");
        }

        var items = new List<CartItemDto>();
        decimal? total = null;
        var emptyMarker = false;
        foreach (var element in document.RootElement.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
        {
            if (element.TryGetProperty("seat_id", out _))
            {
                items.Add(element.Deserialize<CartItemDto>(options)!);
            }
            else if (element.TryGetProperty("totalprice", out var price))
            {
                total = price.Deserialize<decimal>(options);
            }
            else if (element.TryGetProperty("cart", out _))
            {
                emptyMarker = true;
            }
        }

        return new CartWire { Items = items, Total = total, EmptyMarker = emptyMarker };
    }

    public override void Write(Utf8JsonWriter writer, CartWire value, JsonSerializerOptions options) =>
        throw new NotSupportedException("The cart is only ever read.");
}
