using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Enterprises;
using Portal.Core.Modules;
using Portal.Core.Security;

namespace Portal.Core.Data;

/// <summary>Migrates every DbContext, makes the roles with their default permissions and the reference data, and seeds demo data when asked.</summary>
public sealed class DatabaseInitializer(
    IServiceProvider services,
    PortalDbContexts contexts,
    RoleManager<IdentityRole> roles,
    IEnumerable<IDemoDataSeeder> seeders,
    IOptions<PortalOptions> portal,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        foreach (var context in contexts.Resolve(services))
        {
            logger.LogInformation("Migrating {Context}", context.GetType().Name);
            await context.Database.MigrateAsync(cancellationToken);
        }
    }

    /// <summary>Creates missing roles and gives each role the permissions it has by default (never removes any).</summary>
    public async Task EnsureRolesAsync(IEnumerable<Permission> permissions, CancellationToken cancellationToken = default)
    {
        var all = permissions.ToList();
        foreach (var roleName in PortalRoles.All)
        {
            var role = await roles.FindByNameAsync(roleName);
            if (role is null)
            {
                role = new IdentityRole(roleName);
                await roles.CreateAsync(role);
            }

            var held = (await roles.GetClaimsAsync(role))
                .Where(c => c.Type == Permission.ClaimType).Select(c => c.Value).ToHashSet();
            var defaults = all.Where(p => roleName == PortalRoles.Admin || p.DefaultRoles.Contains(roleName));
            foreach (var permission in defaults.Where(p => !held.Contains(p.Name)))
            {
                await roles.AddClaimAsync(role, new Claim(Permission.ClaimType, permission.Name));
            }
        }
    }

    /// <summary>Reference data every installation needs, demo or not: the towns and parks enterprises register in.</summary>
    public async Task EnsureReferenceDataAsync(CancellationToken cancellationToken = default) =>
        await DefaultTowns.EnsureAsync(services.GetRequiredService<CoreDbContext>(), cancellationToken);

    public async Task SeedDemoDataAsync(CancellationToken cancellationToken = default)
    {
        if (!portal.Value.DemoData)
        {
            return;
        }

        foreach (var seeder in seeders.OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }
}
