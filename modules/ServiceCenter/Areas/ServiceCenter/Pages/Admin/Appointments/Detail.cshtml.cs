using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Core.Time;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Admin.Appointments;

/// <summary>
/// /admin/showcase/appointments/{id}: schedule (date, time, place), mark done, or cancel with a reason.
/// Each form carries the version it was opened at: when somebody else acted first, the form is refused.
/// </summary>
[Authorize(Policy = ServiceCenterPermissions.Manage)]
public sealed class DetailModel(
    IEnterpriseDirectory enterprises,
    TimeProvider time,
    IStringLocalizer<ServiceCenterResource> l) : PageModel
{
    private AppointmentQueries queries => this.Service<AppointmentQueries>();
    private AppointmentService appointments => this.Service<AppointmentService>();

    internal Appointment Appointment { get; private set; } = null!;

    public EnterpriseProfile? Enterprise { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public TimeOnly? Time { get; set; }

    [BindProperty]
    public string? Place { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public string Today { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var a = Appointment;
        var at = a.ScheduledAt is { } s ? ChinaTime.ToChina(s) : (DateTime?)null;
        Date = at is { } d ? DateOnly.FromDateTime(d) : a.PreferredFrom;
        Time = at is { } t ? TimeOnly.FromDateTime(t) : new TimeOnly(9, 30);
        Place = a.Place;
        return Page();
    }

    public async Task<IActionResult> OnPostScheduleAsync(int id)
    {
        Refusal? refusal = Date is { } date && Time is { } t
            ? await appointments.ScheduleAsync(id, Version, date.ToDateTime(t), Place, HttpContext.RequestAborted)
            : new Refusal(nameof(Date), "请填写安排的日期和时间。");
        return await AfterAsync(id, refusal, "已安排，已通知企业。");
    }

    public async Task<IActionResult> OnPostDoneAsync(int id) =>
        await AfterAsync(id, await appointments.CompleteAsync(id, Version, HttpContext.RequestAborted), "已标记为完成，已通知企业。");

    public async Task<IActionResult> OnPostCancelAsync(int id) =>
        await AfterAsync(id, await appointments.CancelAsync(id, Version, Reason, HttpContext.RequestAborted), "已取消，已通知企业。");

    private async Task<IActionResult> AfterAsync(int id, Refusal? refusal, string success)
    {
        if (refusal is null)
        {
            StatusMessage = l[success];
            return Redirect($"/admin/showcase/appointments/{id}");
        }

        var field = refusal.Field switch
        {
            "ScheduledAt" => nameof(Date),
            "" => "",
            var f => f,
        };
        ModelState.AddModelError(field, l[refusal.Message, refusal.Args ?? []]);
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await queries.FindAsync(id, HttpContext.RequestAborted) is not { } found)
        {
            return false;
        }

        Appointment = found;
        Enterprise = await enterprises.FindAsync(found.EnterpriseId, HttpContext.RequestAborted);
        Today = time.ChinaToday().ToString("yyyy-MM-dd");
        return true;
    }
}
