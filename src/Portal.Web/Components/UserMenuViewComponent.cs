using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Security;

namespace Portal.Web.Components;

public sealed record UserMenuModel(bool SignedIn, string DisplayName, int Unread, bool CanAdmin);

/// <summary>The header's user menu: my page, the inbox with its unread count, the back office, sign out.</summary>
public sealed class UserMenuViewComponent(CoreDbContext db, UserManager<PortalUser> users, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.Identity?.IsAuthenticated != true || users.GetUserId(UserClaimsPrincipal) is not { } id)
        {
            return View(new UserMenuModel(false, "", 0, false));
        }

        var name = await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync() ?? "";
        var unread = await db.InboxMessages.CountAsync(m => m.UserId == id && m.ReadAt == null);
        var canAdmin = (await authorization.AuthorizeAsync(UserClaimsPrincipal, CorePermissions.AdminAccess)).Succeeded;
        return View(new UserMenuModel(true, name, unread, canAdmin));
    }
}
