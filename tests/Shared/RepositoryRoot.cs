namespace Checkout.Tests.Shared;

/// <summary>
/// The checkout root (the folder holding Checkout.sln). The web app reads appsettings.json and wwwroot/
/// from the current directory, so tests must host it with this folder as content root.
/// </summary>
public static class RepositoryRoot
{
    private const string SolutionFileName = "Checkout.sln";

    private static readonly Lazy<string> Root = new(Locate);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No {SolutionFileName} found above {AppContext.BaseDirectory}; run the tests from a checkout of the repository.");
    }
}
