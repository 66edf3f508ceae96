using System.Text.RegularExpressions;

namespace Checkout.E2ETests.Infrastructure;

/// <summary>Names the Playwright trace of a failed test: artifacts/playwright-traces/&lt;test&gt;.zip.</summary>
public static partial class TraceFiles
{
    private const int MaxNameLength = 150;

    public static string Folder => RepositoryRoot.Combine("artifacts", "playwright-traces");

    public static string PathFor(string? testName)
    {
        var name = UnsafeCharacters().Replace(testName ?? "unnamed-test", "_");
        if (name.Length > MaxNameLength)
        {
            name = name[..MaxNameLength];
        }

        return Path.Combine(Folder, name + ".zip");
    }

    [GeneratedRegex("[^A-Za-z0-9._-]+")]
    private static partial Regex UnsafeCharacters();
}
