using Portal.Core.Data;

namespace Portal.Migrations;

/// <summary>The database 'dotnet ef' designs PostgreSQL migrations against (never opened to add a migration).</summary>
internal static class DesignTimeDatabase
{
    public static DatabaseOptions Options => new() { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=portal_design;Username=postgres" };
}
