using System.Diagnostics;
using Portal.Testing;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>The built host run as a child process with a command (migrate, create-admin ...), as an operator runs it.</summary>
public sealed record CommandResult(int ExitCode, string Output, string Error);

public static class PortalCommand
{
    /// <summary>src/Portal.Web's own build output, in the configuration the tests were built in.</summary>
    public static string HostDll
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)); // .../bin/Debug/net10.0
            var configuration = output.Parent!.Name;
            var framework = output.Name;
            return Path.Combine(RepositoryPaths.Web, "bin", configuration, framework, "Portal.Web.dll");
        }
    }

    /// <summary>Runs <c>dotnet Portal.Web.dll ARGS</c> in src/Portal.Web with the portal's database at <paramref name="databaseFile"/>, demo mode off.</summary>
    public static async Task<CommandResult> RunAsync(string databaseFile, string jobsFile, params string[] args)
    {
        Assert.True(File.Exists(HostDll), $"{HostDll} is missing: build src/Portal.Web first");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__Portal"] = $"Data Source={databaseFile}";
        start.Environment["Portal__Database__Provider"] = "Sqlite";
        start.Environment["Portal__DemoData"] = "false";
        start.Environment["Portal__Jobs__SqlitePath"] = jobsFile;
        start.Environment["Portal__Jobs__Server"] = "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"dotnet Portal.Web.dll {string.Join(' ', args)} did not finish within 2 minutes");
        }

        return new CommandResult(process.ExitCode, await output, await error);
    }
}
