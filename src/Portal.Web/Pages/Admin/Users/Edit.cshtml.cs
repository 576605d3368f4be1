using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Identity;
using Portal.Core.Security;

namespace Portal.Web.Pages.Admin.Users;

/// <summary>Change a user's roles, lock or unlock the account. An administrator cannot lock out or demote themself.</summary>
[Authorize(Policy = CorePermissions.ManageUsers)]
public sealed class EditModel(UserManager<PortalUser> users, TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    public PortalUser Account { get; private set; } = null!;

    public IReadOnlyList<string> CurrentRoles { get; private set; } = [];

    public bool Locked { get; private set; }

    public bool IsSelf { get; private set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRolesAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        // A role the portal does not have is a crafted or stale form: refuse it all rather than save the rest.
        if (Roles.Any(r => !PortalRoles.All.Contains(r)))
        {
            ModelState.AddModelError("", l["所选角色无效，角色未作更改。"]);
            return Page();
        }

        var wanted = Roles.Distinct().ToList();
        if (IsSelf && !wanted.Contains(PortalRoles.Admin))
        {
            ModelState.AddModelError("", l["不能取消自己的管理员角色。"]);
            return Page();
        }

        await users.RemoveFromRolesAsync(Account, CurrentRoles.Except(wanted));
        await users.AddToRolesAsync(Account, wanted.Except(CurrentRoles));
        await users.UpdateSecurityStampAsync(Account);
        StatusMessage = l["角色已更新。"];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostLockAsync(string id, bool locked)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (IsSelf)
        {
            ModelState.AddModelError("", l["不能锁定自己的账号。"]);
            return Page();
        }

        await users.SetLockoutEnabledAsync(Account, true);
        await users.SetLockoutEndDateAsync(Account, locked ? DateTimeOffset.MaxValue : null);
        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(Account);
        }

        await users.UpdateSecurityStampAsync(Account);
        StatusMessage = locked ? l["账号已锁定。"] : l["账号已解锁。"];
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return false;
        }

        Account = user;
        CurrentRoles = [.. await users.GetRolesAsync(user)];
        Locked = user.LockoutEnd > time.GetUtcNow();
        IsSelf = users.GetUserId(User) == user.Id;
        return true;
    }
}
