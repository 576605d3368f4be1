using Portal.Core.Data;

namespace Portal.Migrations;

/// <summary>The database 'dotnet ef' designs SQLite migrations against (never opened to add a migration).</summary>
internal static class DesignTimeDatabase
{
    public static DatabaseOptions Options => new() { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" };
}
