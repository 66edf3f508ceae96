using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Checkout.Sandbox.Hosting;

/// <summary>
/// A request body read tolerantly: VdM never documented whether it expects JSON or a
/// form post, so both are accepted and numbers may arrive as strings.
/// </summary>
internal sealed class WireBody
{
    private readonly Dictionary<string, string?> values = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<WireBody> ReadAsync(HttpRequest request)
    {
        var body = new WireBody();
        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync(request.HttpContext.RequestAborted))
            {
                body.values[key] = value.ToString();
            }
            return body;
        }
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    body.values[property.Name] = Text(property.Value);
                }
            }
        }
        catch (JsonException)
        {
            // An unreadable body is treated as an empty one; the validation messages then say what is missing.
        }
        return body;
    }

    public string? String(string name) => values.GetValueOrDefault(name) is { Length: > 0 } value ? value : null;

    public int? Int(string name) =>
        int.TryParse(String(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public bool Bool(string name) => String(name)?.ToLowerInvariant() is "true" or "1" or "on" or "yes";

    private static string? Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element.GetRawText(),
    };
}
