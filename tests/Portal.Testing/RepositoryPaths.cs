namespace Portal.Testing;

/// <summary>Finds the repository from the test binaries, so tests read the real configuration and sources.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Web => Path.Combine(Root, "src", "Portal.Web");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Portal.sln not found above {AppContext.BaseDirectory}");
    }
}
