using System.Text.Json;

namespace Checkout.VoordeMensen.Errors;

/// <summary>
/// Reads VdM error objects: <c>{"message": "…"}</c>, optionally with Laravel-style
/// <c>"errors": {"field": ["…"]}</c> on 422. Anything else yields no message.
/// </summary>
internal static class VdmErrorBody
{
    public static (string? Message, IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors) Parse(string? body)
    {
        var fieldErrors = new Dictionary<string, IReadOnlyList<string>>();
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, fieldErrors);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, fieldErrors);
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in errors.EnumerateObject())
                {
                    fieldErrors[field.Name] = ReadMessages(field.Value);
                }
            }

            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            return (message, fieldErrors);
        }
        catch (JsonException)
        {
            return (null, fieldErrors);
        }
    }

    private static string[] ReadMessages(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().Select(e => e.ToString()).ToArray(),
        _ => [value.ToString()],
    };
}
