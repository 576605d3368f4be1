using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Core.Data;
using Portal.Modules.Expo.Data;
using Portal.Modules.Policies.Data;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.ServiceCenter.Data;

namespace Portal.Migrations.Postgres;

/// <summary>Lets 'dotnet ef migrations add' build each context for Postgres without starting the host (see README).</summary>
internal abstract class DesignTimeFactory<TContext>(string prefix) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var database = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = DesignTimeConnection.Value };
        var options = new DbContextOptionsBuilder<TContext>().UsePortalDatabase(database, prefix).Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}

internal static class DesignTimeConnection
{
    public const string Value = "Host=localhost;Database=portal_design;Username=postgres";
}

internal sealed class CoreFactory() : DesignTimeFactory<CoreDbContext>(CoreDbContext.TablePrefix);

internal sealed class ServiceCenterFactory() : DesignTimeFactory<ServiceCenterDbContext>(ServiceCenterDbContext.TablePrefix);

internal sealed class ExpoFactory() : DesignTimeFactory<ExpoDbContext>(ExpoDbContext.TablePrefix);

internal sealed class PoliciesFactory() : DesignTimeFactory<PoliciesDbContext>(PoliciesDbContext.TablePrefix);

internal sealed class RedHelpFactory() : DesignTimeFactory<RedHelpDbContext>(RedHelpDbContext.TablePrefix);
