using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Testing;

/// <summary>A real SQLite database file in a temporary directory, and contexts over it built as the host builds them.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly TempDirectory directory = new("portal-db");

    public SqliteDatabase()
    {
        FilePath = directory.File("portal.db");
        Options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={FilePath}" };
    }

    public string FilePath { get; }

    public DatabaseOptions Options { get; }

    public TContext CreateContext<TContext>(string tablePrefix)
        where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>().UsePortalDatabase(Options, tablePrefix).Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }

    /// <summary>The names of the tables in the file, read with a plain connection (not through EF).</summary>
    public IReadOnlyList<string> TableNames()
    {
        using var connection = new SqliteConnection(Options.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>The migration ids recorded in a history table.</summary>
    public IReadOnlyList<string> AppliedMigrations(string historyTable)
    {
        using var connection = new SqliteConnection(Options.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"MigrationId\" FROM \"{historyTable}\" ORDER BY \"MigrationId\"";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        directory.Dispose();
    }
}
