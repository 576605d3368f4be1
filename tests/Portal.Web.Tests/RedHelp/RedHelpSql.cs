using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.RedHelp;

/// <summary>Reads RedHelp's tables through the host's own connection (the module's DbContext is internal to it).</summary>
internal static class RedHelpSql
{
    public static async Task<int> CountAsync(PortalFactory factory, string sql)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        return await db.Database.SqlQueryRaw<int>(sql).SingleAsync();
    }

    public static async Task<List<string>> StringsAsync(PortalFactory factory, string sql)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        return await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
    }
}
