namespace Portal.Testing;

/// <summary>A fresh directory under /tmp, deleted (with everything in it) on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string purpose = "portal-test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open (a SQLite pool) is cleaned with /tmp; a test never fails on clean-up.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
