using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>
/// What a refused request must leave as it was: the users and their roles, every enterprise's name and
/// verification, the inbox and the outbox. Two snapshots are equal when nothing of that changed.
/// </summary>
public static class DatabaseSnapshot
{
    public static async Task<string> TakeAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var text = new StringBuilder();
        text.AppendLine($"users {await db.Users.CountAsync()}, inbox {await db.InboxMessages.CountAsync()}, outbox {await db.OutboxEmails.CountAsync()}");
        foreach (var role in await db.UserRoles.OrderBy(r => r.UserId).ThenBy(r => r.RoleId).Select(r => r.UserId + ":" + r.RoleId).ToListAsync())
        {
            text.AppendLine(role);
        }

        foreach (var e in await db.Enterprises.OrderBy(e => e.Id).Select(e => new { e.Id, e.Name, e.Verification, e.RejectionReason, e.TownId, e.Segment }).ToListAsync())
        {
            text.AppendLine(e.ToString());
        }

        return text.ToString();
    }
}
