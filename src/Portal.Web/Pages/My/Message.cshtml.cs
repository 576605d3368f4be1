using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Notifications;
using Portal.Core.Security;

namespace Portal.Web.Pages.My;

/// <summary>One inbox message; opening it marks it read. Another user's message is a 404.</summary>
[Authorize(Policy = CorePermissions.SignedIn)]
public sealed class MessageModel(CoreDbContext db, UserManager<PortalUser> users, TimeProvider time) : PageModel
{
    public InboxMessage Message { get; private set; } = new();

    /// <summary>The message's link when it stays on this site; others are not shown as links.</summary>
    public string? LocalLink => Message.Link is { } link && Url.IsLocalUrl(link) ? link : null;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var mine = InboxModel.Of(db, users.GetUserId(User)).Where(m => m.Id == id);
        if (await mine.AsNoTracking().FirstOrDefaultAsync() is not { } message)
        {
            return NotFound();
        }

        if (message.ReadAt is null)
        {
            await InboxModel.MarkReadAsync(mine, time);
        }

        Message = message;
        return Page();
    }
}
