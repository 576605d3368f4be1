using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Time;
using Portal.Modules.Expo.Data;
using Portal.Modules.Expo.Domain;

namespace Portal.Modules.Expo.Areas.Expo.Pages.Admin;

/// <summary>
/// /admin/expo/expos (new) and /admin/expo/expos/{id} (edit): title, theme, dates, hall and offered booths,
/// application window (China time), cap, Markdown description, cover image; and the state buttons the rules
/// allow. Bad input is a Chinese message next to its field and nothing is saved. Unknown id → 404.
/// </summary>
[Authorize(Policy = ExpoPermissions.Manage)]
public sealed class EditModel(IStringLocalizer<ExpoResource> l) : PageModel
{
    internal ProductExpo? Expo { get; private set; }

    internal IReadOnlyList<ExpoHall> Halls { get; private set; } = [];

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Slug { get; set; }
    [BindProperty] public string? Theme { get; set; }
    [BindProperty] public DateOnly? StartsOn { get; set; }
    [BindProperty] public DateOnly? EndsOn { get; set; }
    [BindProperty] public int? HallId { get; set; }
    [BindProperty] public List<int> OfferedBoothIds { get; set; } = [];
    [BindProperty] public DateTime? OpensAt { get; set; }
    [BindProperty] public DateTime? ClosesAt { get; set; }
    [BindProperty] public int? BoothCap { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public IFormFile? Cover { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Expo is { } e)
        {
            (Title, Slug, Theme, StartsOn, EndsOn, HallId, BoothCap, Description) = (e.Title, e.Slug, e.Theme, e.StartsOn, e.EndsOn, e.HallId, e.BoothCap, e.Description);
            (OpensAt, ClosesAt) = (ChinaTime.ToChina(e.ApplicationsOpenAt), ChinaTime.ToChina(e.ApplicationsCloseAt));
            OfferedBoothIds = e.OfferedBooths.Select(o => o.BoothId).ToList();
        }
        else
        {
            HallId = Halls.FirstOrDefault()?.Id;
            BoothCap = 2;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        // Every field is checked by the editor in Chinese; the binder's English complaints about unreadable values are dropped.
        ModelState.Clear();
        var input = new ExpoInput(Title, Slug, Theme, StartsOn, EndsOn, HallId, OfferedBoothIds, OpensAt, ClosesAt, BoothCap, Description);
        await using var cover = Cover is { Length: > 0 } file ? file.OpenReadStream() : null;
        var (saved, refusal) = await this.Service<ExpoEditor>().SaveAsync(id, input, cover, Cover?.FileName, StaffId, HttpContext.RequestAborted);
        if (refusal is not null)
        {
            ModelState.AddModelError(refusal.Field, l[refusal.Message, refusal.Args ?? []]);
            return Page();
        }

        StatusMessage = l["已保存。"];
        return Redirect(EditUrl(saved!.Id));
    }

    public async Task<IActionResult> OnPostMoveAsync(int? id, ExpoState to)
    {
        if (id is null || !await LoadAsync(id))
        {
            return NotFound();
        }

        if (await this.Service<ExpoEditor>().MoveAsync(id.Value, to, StaffId, HttpContext.RequestAborted) is { } refusal)
        {
            ModelState.AddModelError("", l[refusal.Message, refusal.Args ?? []]);
            await OnGetAsync(id);
            return Page();
        }

        StatusMessage = l["状态已更新为「{0}」。", l[to.ChineseName()]];
        return Redirect(EditUrl(id.Value));
    }

    public static string EditUrl(int? id) => id is { } i ? $"/admin/expo/expos/{i}" : "/admin/expo/expos";

    private string StaffId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private async Task<bool> LoadAsync(int? id)
    {
        var db = this.Service<ExpoDbContext>();
        Halls = await db.Halls.AsNoTracking().Include(h => h.Booths).OrderBy(h => h.Id).ToListAsync(HttpContext.RequestAborted);
        if (id is { } existing)
        {
            Expo = await db.Expos.AsNoTracking().Include(e => e.OfferedBooths).FirstOrDefaultAsync(e => e.Id == existing, HttpContext.RequestAborted);
            return Expo is not null;
        }

        return true;
    }
}
