using Checkout.Sandbox.Hosting;
using Checkout.Web.Shell.Clients;

namespace Checkout.Web.Shell.Upstream;

/// <summary>
/// The Peppered keys of the clients on the embedded sandbox. appsettings.json carries none (a key in a public
/// repository is anyone's key): where neither the client's <c>VoordeMensen:ApiKey</c> nor the sandbox's
/// <c>Sandbox:Clients:{name}:ApiKey</c> is configured, both get one random key per process; where one side is
/// configured, the other gets the same. Added to configuration before anything reads it, so every reader (the
/// options, the donation check) sees the key the sandbox accepts.
/// </summary>
internal static class SandboxKeys
{
    public static Dictionary<string, string?> Fill(IConfiguration configuration)
    {
        var filled = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var clientKey in ClientKeys.From(configuration).Where(k => UpstreamHostingExtensions.UsesEmbeddedSandbox(configuration, k)))
        {
            var section = ClientKeys.SettingPath(clientKey, "VoordeMensen");
            if (configuration[$"{section}:Client"] is not { Length: > 0 } vdmClient)
            {
                // The library's validation names the missing client name.
                continue;
            }

            var sandboxSetting = $"{SandboxOptions.SectionName}:Clients:{vdmClient}:ApiKey";
            var shopKey = configuration[$"{section}:ApiKey"];
            var sandboxKey = filled.GetValueOrDefault(sandboxSetting) ?? configuration[sandboxSetting];
            if (string.IsNullOrWhiteSpace(sandboxKey))
            {
                sandboxKey = string.IsNullOrWhiteSpace(shopKey) ? SandboxOptions.RandomKey() : shopKey;
                filled[sandboxSetting] = sandboxKey;
            }

            if (string.IsNullOrWhiteSpace(shopKey))
            {
                filled[$"{section}:ApiKey"] = sandboxKey;
            }
        }

        return filled;
    }
}
