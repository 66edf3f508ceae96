using Microsoft.Extensions.Configuration;

namespace Checkout.VoordeMensen.Configuration;

/// <summary>
/// The client keys found in configuration and where each one's settings live. Built once at
/// registration; the default client is the top-level "VoordeMensen" section.
/// </summary>
internal sealed class VoordeMensenClientRegistry
{
    public const string DefaultKey = "default";
    public const string SectionName = "VoordeMensen";
    public const string ClientsSectionName = "Clients";

    private readonly Dictionary<string, string> _paths;

    private VoordeMensenClientRegistry(Dictionary<string, string> paths) => _paths = paths;

    public IReadOnlyCollection<string> Keys => _paths.Keys;

    public bool Contains(string clientKey) => _paths.ContainsKey(clientKey);

    /// <summary>Configuration path of the client's VoordeMensen section, used in validation messages.</summary>
    public string ConfigPath(string clientKey) =>
        _paths.TryGetValue(clientKey, out var path) ? path : $"{ClientsSectionName}:{clientKey}:{SectionName}";

    public static VoordeMensenClientRegistry FromConfiguration(IConfiguration configuration)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal) { [DefaultKey] = SectionName };
        foreach (var client in configuration.GetSection(ClientsSectionName).GetChildren())
        {
            var section = client.GetSection(SectionName);
            if (section.Exists())
            {
                paths[client.Key] = section.Path;
            }
        }

        return new VoordeMensenClientRegistry(paths);
    }
}
