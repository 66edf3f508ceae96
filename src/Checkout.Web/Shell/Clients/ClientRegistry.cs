using Microsoft.Extensions.Options;

namespace Checkout.Web.Shell.Clients;

/// <summary>All configured white-label clients and how a request selects one (path prefix, then host).</summary>
public sealed class ClientRegistry
{
    private readonly IOptionsMonitor<ClientSettings> settings;
    private readonly Dictionary<string, string> byHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> byPrefix = new(StringComparer.OrdinalIgnoreCase);

    public ClientRegistry(IConfiguration configuration, IOptionsMonitor<ClientSettings> settings)
    {
        this.settings = settings;
        Keys = ClientKeys.From(configuration);
        foreach (var key in Keys.Where(k => k != ClientKeys.Default))
        {
            var client = settings.Get(key);
            foreach (var host in client.Hosts)
            {
                if (!byHost.TryAdd(host, key))
                {
                    throw new OptionsValidationException(key, typeof(ClientSettings),
                        [$"{ClientKeys.SettingPath(key, "Hosts")}: host '{host}' is already claimed by client '{byHost[host]}'."]);
                }
            }

            if (client.PathPrefix is { Length: > 0 } prefix && !byPrefix.TryAdd(prefix, key))
            {
                throw new OptionsValidationException(key, typeof(ClientSettings),
                    [$"{ClientKeys.SettingPath(key, "PathPrefix")}: prefix '{prefix}' is already used by client '{byPrefix[prefix]}'."]);
            }
        }
    }

    public IReadOnlyList<string> Keys { get; }

    public ClientSettings Get(string key) => settings.Get(key);

    public string? FindByHost(string host) => byHost.GetValueOrDefault(host);

    public string? FindByPathPrefix(string prefix) => byPrefix.GetValueOrDefault(prefix);

    public string? PathPrefixOf(string key) => key == ClientKeys.Default ? null : Get(key).PathPrefix;
}
