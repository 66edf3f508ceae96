using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace Checkout.Web.Shell.Embedding;

/// <summary>
/// The CSP hash source (<c>'sha256-…'</c>) of the import map the framework renders for an endpoint: the JSON of the
/// endpoint's <see cref="ImportMapDefinition"/>, which its <c>ImportMap</c> component writes as the script's content.
/// A cached page cannot carry a per-response nonce, and the import map is its only inline script, so the policy of a
/// cached page admits exactly this content. Computed once per definition (one per build).
/// </summary>
internal static class ImportMapHash
{
    private static readonly ConditionalWeakTable<ImportMapDefinition, string> Hashes = [];

    /// <summary>Null when the endpoint has no import map (the page then has no inline script at all).</summary>
    public static string? Of(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ImportMapDefinition>() is { } definition
            ? Hashes.GetValue(definition, d => Compute(d.ToString()))
            : null;

    internal static string Compute(string script) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'";
}
