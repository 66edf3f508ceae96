using Microsoft.Extensions.Configuration;

namespace Checkout.Tests.Shared;

/// <summary>
/// The settings the demo runs with (<c>dotnet run</c>): appsettings.json, the white-label surface an operator deploys,
/// and on top the Development overlay appsettings.Development.json (the second venue <c>fringe</c>, the sandbox's
/// fixed Peppered keys, the demo embedding origins, the development mailbox).
/// </summary>
public static class DemoSettings
{
    public const string OverlayFileName = "appsettings.Development.json";

    public static IConfigurationBuilder AddDemoSettings(this IConfigurationBuilder builder, string? root = null)
    {
        root ??= RepositoryRoot.Path;
        return builder.AddJsonFile(System.IO.Path.Combine(root, "appsettings.json")).AddJsonFile(System.IO.Path.Combine(root, OverlayFileName));
    }
}
