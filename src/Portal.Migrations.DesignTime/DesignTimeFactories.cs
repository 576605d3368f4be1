using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Core.Data;
using Portal.Modules.Expo.Data;
using Portal.Modules.Policies.Data;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.ServiceCenter.Data;

namespace Portal.Migrations;

// Compiled into both migrations projects (a linked file, see their .csproj); each says its provider in DesignTimeDatabase.cs.

/// <summary>Lets 'dotnet ef migrations add' build each context for the project's provider without starting the host (see README).</summary>
internal abstract class DesignTimeFactory<TContext>(string prefix) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>().UsePortalDatabase(DesignTimeDatabase.Options, prefix).Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}

internal sealed class CoreFactory() : DesignTimeFactory<CoreDbContext>(CoreDbContext.TablePrefix);

internal sealed class ServiceCenterFactory() : DesignTimeFactory<ServiceCenterDbContext>(ServiceCenterDbContext.TablePrefix);

internal sealed class ExpoFactory() : DesignTimeFactory<ExpoDbContext>(ExpoDbContext.TablePrefix);

internal sealed class PoliciesFactory() : DesignTimeFactory<PoliciesDbContext>(PoliciesDbContext.TablePrefix);

internal sealed class RedHelpFactory() : DesignTimeFactory<RedHelpDbContext>(RedHelpDbContext.TablePrefix);
