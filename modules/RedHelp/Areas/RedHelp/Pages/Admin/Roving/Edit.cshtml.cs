using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Time;
using Portal.Modules.RedHelp.Areas.RedHelp.Pages.Shared;
using Portal.Modules.RedHelp.Domain.RovingService;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Admin.Roving;

/// <summary>/admin/redhelp/roving/edit (a new session) and /admin/redhelp/roving/edit/{id}: a session's date, place, units, topics and capacity.</summary>
[Authorize(Policy = RedHelpPermissions.Manage)]
public sealed class EditModel(IStringLocalizer<RedHelpResource> l, TimeProvider time) : PageModel
{
    public int? Id { get; private set; }

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public TimeOnly? Time { get; set; }

    [BindProperty]
    public string? Place { get; set; }

    [BindProperty]
    public string? Units { get; set; }

    [BindProperty]
    public string? Topics { get; set; }

    [BindProperty]
    public int? Capacity { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        Id = id;
        if (id is null)
        {
            var next = new DateTime(time.ChinaToday().Year, time.ChinaToday().Month, 15).AddMonths(1);
            (Date, Time, Capacity) = (DateOnly.FromDateTime(next), new TimeOnly(9, 30), 40);
            return Page();
        }

        if (await this.Service<RovingQueries>().SessionAsync(id.Value, HttpContext.RequestAborted) is not { } s)
        {
            return NotFound();
        }

        var at = ChinaTime.ToChina(s.StartsAt);
        (Date, Time, Place, Units, Topics, Capacity) = (DateOnly.FromDateTime(at), TimeOnly.FromDateTime(at), s.Place, s.Units, s.Topics, s.Capacity);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Id = id;
        var service = this.Service<RovingSessionService>();
        var input = new RovingSessionInput(Date, Time, Place, Units, Topics, Capacity);
        Portal.Core.Refusal? refusal;
        if (!ModelState.IsValid)
        {
            refusal = new(ModelState.First(e => e.Value!.Errors.Count > 0).Key, "请检查日期、时间和名额的格式。");
            ModelState.Clear();
        }
        else if (id is { } existing)
        {
            if (await this.Service<RovingQueries>().SessionAsync(existing, HttpContext.RequestAborted) is null)
            {
                return NotFound();
            }

            refusal = await service.UpdateAsync(existing, input, HttpContext.RequestAborted);
        }
        else
        {
            (id, refusal) = await service.CreateAsync(input, HttpContext.RequestAborted);
        }

        if (refusal is null)
        {
            StatusMessage = l["巡回服务已保存。"];
            return Redirect($"/admin/redhelp/roving/{id}");
        }

        this.Refuse(refusal, l);
        return Page();
    }
}
