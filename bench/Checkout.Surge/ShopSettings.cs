using System.Xml.Linq;

namespace Checkout.Surge;

/// <summary>What the surge reads from the repository it runs in: the sold-out wording.</summary>
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

    /// <summary>The Dutch (default language) message for "not enough tickets left".</summary>
    public static string SoldOutText(string root)
    {
        var resx = XDocument.Load(Path.Combine(root, "src", "Checkout.Web", "Resources", "Features", "Cart", "CartText.resx"));
        return resx.Root!.Elements("data").First(d => (string?)d.Attribute("name") == "ProblemSoldOut").Element("value")!.Value.Trim();
    }
}
