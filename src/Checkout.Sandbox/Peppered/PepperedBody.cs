using System.Text.Json;
using Checkout.Sandbox.Hosting;
using Microsoft.AspNetCore.Http;

namespace Checkout.Sandbox.Peppered;

internal static class PepperedBody
{
    /// <summary>The JSON body as <typeparamref name="T"/>, or null when it is missing or malformed.</summary>
    public static async Task<T?> Read<T>(HttpRequest request)
    {
        try
        {
            return await request.ReadFromJsonAsync<T>(SandboxJson.Peppered, request.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return default;
        }
    }

    public static IResult Invalid(Dictionary<string, string[]>? errors = null) =>
        SandboxJson.Error(StatusCodes.Status422UnprocessableEntity,
            errors is { Count: > 0 } ? errors.First().Value[0] : "The given data was invalid.", errors);
}
