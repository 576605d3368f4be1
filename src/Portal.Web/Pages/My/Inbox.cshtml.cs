using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Notifications;
using Portal.Core.Security;
using Portal.Web.Hosting;

namespace Portal.Web.Pages.My;

/// <summary>The user's site inbox, newest first, 20 a page; mark one or all read.</summary>
[Authorize(Policy = CorePermissions.SignedIn)]
public sealed class InboxModel(CoreDbContext db, UserManager<PortalUser> users, TimeProvider time) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<InboxMessage> Messages { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, PageSize, 0, "/my/inbox", new Dictionary<string, string?>());

    public int Unread { get; private set; }

    /// <summary>"page" is read from the query only: Razor Pages' own "page" route value would win otherwise.</summary>
    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1)
    {
        var mine = Mine();
        Unread = await mine.CountAsync(m => m.ReadAt == null);
        Paging = new Paging(1, PageSize, await mine.CountAsync(), "/my/inbox", new Dictionary<string, string?>());
        Paging = Paging with { Page = Math.Clamp(page, 1, Paging.PageCount) };
        Messages = await mine.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip(Paging.Skip).Take(PageSize).AsNoTracking().ToListAsync();
    }

    /// <summary>The "mark read" form's address, which keeps the page number.</summary>
    public string ReadUrl(long id) =>
        $"/my/inbox?handler=Read&id={id}" + (Paging.Page > 1 ? $"&page={Paging.Page}" : "");

    /// <summary>Another user's message, or none, is a 404: the inbox never shows that a message exists.</summary>
    public async Task<IActionResult> OnPostReadAsync(long id, [FromQuery(Name = "page")] int page = 1)
    {
        if (!await Mine().AnyAsync(m => m.Id == id))
        {
            return NotFound();
        }

        await MarkReadAsync(Mine().Where(m => m.Id == id));
        return LocalRedirect(page > 1 ? $"/my/inbox?page={page}" : "/my/inbox");
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        await MarkReadAsync(Mine());
        return RedirectToPage();
    }

    private IQueryable<InboxMessage> Mine() => Of(db, users.GetUserId(User));

    private Task<int> MarkReadAsync(IQueryable<InboxMessage> messages) => MarkReadAsync(messages, time);

    /// <summary>The messages of one user; the only way the inbox pages read messages.</summary>
    internal static IQueryable<InboxMessage> Of(CoreDbContext db, string? userId) => db.InboxMessages.Where(m => m.UserId == userId);

    internal static Task<int> MarkReadAsync(IQueryable<InboxMessage> messages, TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return messages.Where(m => m.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, now));
    }
}
