using System.Collections;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Checkout.VoordeMensen.Errors;
using Refit;

namespace Checkout.VoordeMensen.Json;

/// <summary>
/// Refit serializer that checks the shape before binding: an empty body, HTML or other non-JSON,
/// and an error object where a list was expected each become a clear
/// <see cref="VoordeMensenException"/> (VdM answers errors with objects and successes with arrays).
/// </summary>
internal sealed class VdmJsonContentSerializer : IHttpContentSerializer
{
    private readonly JsonSerializerOptions _options = VdmJson.Options;

    public HttpContent ToHttpContent<T>(T item) => JsonContent.Create(item, options: _options);

    public async Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        var body = await content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(body))
        {
            throw Invalid("an empty body");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw Invalid(body.TrimStart().StartsWith('<') ? "an HTML page instead of JSON" : $"text that is not JSON: {VdmErrorTranslator.Snippet(body)}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (ExpectsArray(typeof(T)) && root.ValueKind != JsonValueKind.Array)
            {
                var (message, _) = VdmErrorBody.Parse(body);
                throw Invalid(message is null ? $"a JSON {root.ValueKind} where a list was expected" : null, message);
            }

            return root.Deserialize<T>(_options);
        }
    }

    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) =>
        propertyInfo.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name;

    private static bool ExpectsArray(Type type) =>
        typeof(IWireArray).IsAssignableFrom(type)
        || (type != typeof(string) && type != typeof(JsonElement) && typeof(IEnumerable).IsAssignableFrom(type));

    private static VoordeMensenException Invalid(string? what, string? vdmMessage = null) =>
        new(VdmErrorKind.InvalidResponse, vdmMessage ?? $"VoordeMensen sent {what}.");
}
