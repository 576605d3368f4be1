using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Identity;

/// <summary>A user as modules see them.</summary>
public sealed record UserSummary(string Id, string DisplayName, string? Email);

/// <summary>The kernel's read side of users, for modules (who holds a role, how to address them).</summary>
public interface IUserDirectory
{
    Task<IReadOnlyList<UserSummary>> InRoleAsync(string role, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, UserSummary>> FindAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
}

internal sealed class UserDirectory(CoreDbContext db) : IUserDirectory
{
    public async Task<IReadOnlyList<UserSummary>> InRoleAsync(string role, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .OrderBy(u => u.Email)
            .Select(u => new UserSummary(u.Id, u.DisplayName, u.Email))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<string, UserSummary>> FindAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new UserSummary(u.Id, u.DisplayName, u.Email))
            .ToDictionaryAsync(u => u.Id, cancellationToken);
}
