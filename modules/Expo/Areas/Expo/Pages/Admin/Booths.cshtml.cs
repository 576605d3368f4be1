using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Modules.Expo.Data;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Public;

namespace Portal.Modules.Expo.Areas.Expo.Pages.Admin;

/// <summary>
/// /admin/expo/halls/{id}/booths: every booth of a hall as one table form (plus an empty row for a new booth, and a delete box
/// per booth) next to an SVG preview of the plan. A bad row gets its Chinese message and nothing is saved. Unknown hall → 404.
/// </summary>
[Authorize(Policy = ExpoPermissions.Manage)]
public sealed class BoothsModel(IStringLocalizer<ExpoResource> l) : PageModel
{
    internal ExpoHall Hall { get; private set; } = new();

    [BindProperty] public List<BoothRowInput> Rows { get; set; } = [];

    /// <summary>Per row index, the Chinese message of what is wrong with it.</summary>
    internal Dictionary<int, string> RowErrors { get; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The preview: the saved plan, blocked booths shown as not open.</summary>
    internal ExpoDetails Preview => new(new ProductExpo(), Hall,
        Hall.Booths.OrderBy(b => b.Code, StringComparer.Ordinal).Select(b => new BoothOnMap(b, b.IsBlocked ? BoothStatus.Blocked : BoothStatus.Available)).ToList(), []);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id, tracked: false))
        {
            return NotFound();
        }

        Rows = Hall.Booths.OrderBy(b => b.Code, StringComparer.Ordinal).Select(b => new BoothRowInput
        {
            Id = b.Id, Code = b.Code, Area = b.AreaSquareMetres, Kind = b.Kind, Zone = b.Zone, X = b.X, Y = b.Y, Width = b.Width, Height = b.Height,
            Rotation = b.Rotation, HasPower = b.HasPower, Notes = b.Notes, IsBlocked = b.IsBlocked, BlockReason = b.BlockReason,
        }).Append(new BoothRowInput()).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id, tracked: true))
        {
            return NotFound();
        }

        // Every field is checked by the editor in Chinese; the binder's English complaints about unreadable values are dropped.
        ModelState.Clear();
        var staff = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var refusals = await this.Service<BoothTableEditor>().SaveAsync(Hall, Rows, staff, HttpContext.RequestAborted);
        if (refusals.Count > 0)
        {
            foreach (var refusal in refusals)
            {
                RowErrors.TryAdd(refusal.Row, l[refusal.Message, refusal.Args]);
            }

            ModelState.AddModelError("", l["有 {0} 行填写有误，全部未保存，请按提示修改。", RowErrors.Count]);
            if (Rows.Count == 0 || !Rows[^1].IsBlank)
            {
                Rows.Add(new BoothRowInput());
            }

            await LoadAsync(id, tracked: false);
            return Page();
        }

        StatusMessage = l["展位表已保存。"];
        return Redirect(HallsModel.BoothsUrl(id));
    }

    private async Task<bool> LoadAsync(int id, bool tracked)
    {
        var db = this.Service<ExpoDbContext>();
        var halls = tracked ? db.Halls : db.Halls.AsNoTracking();
        var hall = await halls.Include(h => h.Booths).FirstOrDefaultAsync(h => h.Id == id, HttpContext.RequestAborted);
        Hall = hall ?? new ExpoHall();
        return hall is not null;
    }
}
