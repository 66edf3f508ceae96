namespace Checkout.Web.Shell.Clients;

internal static class ClientKeys
{
    public const string Default = "default";

    public const string ClientsSection = "Clients";

    /// <summary>Client keys in configuration order, the default first.</summary>
    public static IReadOnlyList<string> From(IConfiguration configuration) =>
        [Default, .. configuration.GetSection(ClientsSection).GetChildren().Select(c => c.Key)];

    /// <summary>The configuration path of a client's setting, used in start-up error messages.</summary>
    public static string SettingPath(string clientKey, string setting) =>
        clientKey == Default ? setting : $"{ClientsSection}:{clientKey}:{setting}";
}
