using System.Text.Json;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>
/// Compares an actual payload with a contract example: every field of the example must be present
/// with the same JSON kind (true/false count as one kind; an example null allows null or a string).
/// </summary>
internal static class WireShape
{
    public static void AssertMatches(string example, JsonElement actual)
    {
        using var document = JsonDocument.Parse(example);
        AssertMatches(document.RootElement, actual, "$");
    }

    public static void AssertMatches(JsonElement expected, JsonElement actual, string path)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.True(actual.ValueKind == JsonValueKind.Object, $"{path}: expected object, got {actual.ValueKind}");
                foreach (var property in expected.EnumerateObject())
                {
                    Assert.True(actual.TryGetProperty(property.Name, out var value), $"{path}.{property.Name} is missing in {actual}");
                    AssertMatches(property.Value, value, $"{path}.{property.Name}");
                }
                break;
            case JsonValueKind.Array:
                Assert.True(actual.ValueKind == JsonValueKind.Array, $"{path}: expected array, got {actual.ValueKind}");
                if (expected.GetArrayLength() > 0)
                {
                    foreach (var item in actual.EnumerateArray())
                    {
                        AssertMatches(expected[0], item, $"{path}[]");
                    }
                }
                break;
            case JsonValueKind.Null:
                Assert.True(actual.ValueKind is JsonValueKind.Null or JsonValueKind.String, $"{path}: expected null or string, got {actual.ValueKind}");
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Assert.True(actual.ValueKind is JsonValueKind.True or JsonValueKind.False, $"{path}: expected boolean, got {actual.ValueKind}");
                break;
            default:
                Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: expected {expected.ValueKind}, got {actual.ValueKind} ({actual})");
                break;
        }
    }
}
