namespace Checkout.Tests.Shared;

/// <summary>Tests locate the white-label surface (appsettings.json, wwwroot/) at the repository root.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Checkout.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Checkout.sln not found above " + AppContext.BaseDirectory);
    }
}
