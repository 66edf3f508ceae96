using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Checkout.Sandbox.Hosting;

/// <summary>
/// The sandbox's own serializer settings, independent of the host app's JSON options: snake_case
/// for the public API, camelCase for Peppered.
/// </summary>
internal static class SandboxJson
{
    public static readonly JsonSerializerOptions Public = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static readonly JsonSerializerOptions Peppered = new(JsonSerializerDefaults.Web);

    public static IResult Public200(object value) => Results.Json(value, Public);

    public static IResult Peppered200(object value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, Peppered, statusCode: status);

    public static IResult Error(int status, string message, IReadOnlyDictionary<string, string[]>? errors = null) =>
        Results.Json(new ErrorWire(message, errors), Public, statusCode: status);

    public static IResult NotFound(string message) => Error(StatusCodes.Status404NotFound, message);
}

/// <summary>VdM's error body: {"message": …}, plus Laravel-style field errors on validation failures.</summary>
internal sealed record ErrorWire(
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string[]>? Errors = null);
