using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Core.Security;

namespace Portal.Web.Pages.My;

/// <summary>The signed-in user's own page: who they are, their roles, their enterprise and its verification.</summary>
[Authorize(Policy = CorePermissions.SignedIn)]
public sealed class IndexModel(CoreDbContext db, UserManager<PortalUser> users) : PageModel
{
    public PortalUser Me { get; private set; } = new();

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public Enterprise? Enterprise { get; private set; }

    public int Unread { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } me)
        {
            return Challenge();
        }

        Me = me;
        Roles = (await users.GetRolesAsync(me)).Order().ToList();
        Enterprise = await db.Enterprises.AsNoTracking().Include(e => e.Town).FirstOrDefaultAsync(e => e.OwnerUserId == me.Id);
        Unread = await db.InboxMessages.CountAsync(m => m.UserId == me.Id && m.ReadAt == null);
        return Page();
    }
}
