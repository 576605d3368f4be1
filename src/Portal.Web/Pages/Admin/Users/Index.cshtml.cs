using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Web.Hosting;

namespace Portal.Web.Pages.Admin.Users;

public sealed record UserRow(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool Locked, bool EmailConfirmed, bool TwoFactor);

/// <summary>Administrators list users with their roles and lock state.</summary>
[Authorize(Policy = CorePermissions.ManageUsers)]
public sealed class IndexModel(CoreDbContext db, TimeProvider time) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    /// <summary>From "?page=": Razor Pages' own "page" route value would shadow a bound property of that name.</summary>
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<UserRow> Items { get; private set; } = [];

    public Paging Paging { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            users = users.Where(u => u.Email!.Contains(q) || u.DisplayName.Contains(q));
        }

        if (PortalRoles.All.Contains(Role))
        {
            var roleId = db.Roles.Where(r => r.Name == Role).Select(r => r.Id);
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleId.Contains(ur.RoleId)));
        }

        var total = await users.CountAsync();
        PageNumber = Math.Max(1, page);
        Paging = new Paging(PageNumber, PageSize, total, "/admin/users",
            new Dictionary<string, string?> { ["q"] = Q, ["role"] = Role });
        var rows = await users.OrderBy(u => u.Email).Skip(Paging.Skip).Take(PageSize).ToListAsync();
        var ids = rows.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync();
        var now = time.GetUtcNow();
        Items = rows.Select(u => new UserRow(
            u.Id, u.Email ?? "", u.DisplayName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(),
            u.LockoutEnd > now, u.EmailConfirmed, u.TwoFactorEnabled)).ToList();
    }
}
