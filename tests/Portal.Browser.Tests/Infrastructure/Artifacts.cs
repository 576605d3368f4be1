namespace Portal.Browser.Tests.Infrastructure;

/// <summary>Where screenshots are kept: artifacts/screenshots at the repository root (ignored by git).</summary>
internal static class Artifacts
{
    public static string Screenshots { get; } = Create(Path.Combine(RepositoryRoot(), "artifacts", "screenshots"));

    private static string Create(string path)
    {
        Directory.CreateDirectory(path);
        return path;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
