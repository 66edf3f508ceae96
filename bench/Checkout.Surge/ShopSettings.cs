using System.Text.Json;
using System.Xml.Linq;

namespace Checkout.Surge;

/// <summary>What the surge reads from the repository it runs in: the sandbox's Peppered key and the sold-out wording.</summary>
public static class ShopSettings
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Checkout.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Checkout.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>Sandbox:Clients:{client}:ApiKey of appsettings.json (the public demo key of the embedded sandbox).</summary>
    public static string SandboxKey(string root, string client)
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "appsettings.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return settings.RootElement.GetProperty("Sandbox").GetProperty("Clients").GetProperty(client).GetProperty("ApiKey").GetString()
            ?? throw new InvalidOperationException($"appsettings.json has no Sandbox:Clients:{client}:ApiKey.");
    }

    /// <summary>The Dutch (default language) message for "not enough tickets left".</summary>
    public static string SoldOutText(string root)
    {
        var resx = XDocument.Load(Path.Combine(root, "src", "Checkout.Web", "Resources", "Features", "Cart", "CartText.resx"));
        return resx.Root!.Elements("data").First(d => (string?)d.Attribute("name") == "ProblemSoldOut").Element("value")!.Value.Trim();
    }
}
