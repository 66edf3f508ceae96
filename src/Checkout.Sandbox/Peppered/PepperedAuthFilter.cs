using System.Security.Cryptography;
using System.Text;
using Checkout.Sandbox.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Checkout.Sandbox.Peppered;

/// <summary>
/// Peppered accepts the key as the whole Authorization value or as HTTP Basic user name with an
/// empty password; anything else is 401.
/// </summary>
internal sealed class PepperedAuthFilter(IOptions<SandboxOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var client = http.GetRouteValue("client") as string;
        var expected = options.Value.Clients
            .FirstOrDefault(c => string.Equals(c.Key, client, StringComparison.OrdinalIgnoreCase)).Value?.ApiKey;
        var presented = PresentedKey(http.Request.Headers.Authorization.ToString());
        return expected is { Length: > 0 } && presented is not null && SameKey(expected, presented)
            ? await next(context)
            : SandboxJson.Error(StatusCodes.Status401Unauthorized, "Unauthenticated.");
    }

    private static string? PresentedKey(string header)
    {
        if (header.Length == 0)
        {
            return null;
        }
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return header;
        }
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            return decoded.EndsWith(':') ? decoded[..^1] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool SameKey(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented));
}
