using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Enterprises;
using Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Shared;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Admin.Appointments;

/// <summary>/admin/showcase/appointments?state=requested: the staff queue, one state at a time.</summary>
[Authorize(Policy = ServiceCenterPermissions.Manage)]
public sealed class IndexModel(
    IEnterpriseDirectory enterprises) : PageModel
{
    private AppointmentQueries queries => this.Service<AppointmentQueries>();

    public static readonly AppointmentState[] States =
        [AppointmentState.Requested, AppointmentState.Scheduled, AppointmentState.Done, AppointmentState.Cancelled];

    internal AppointmentState State { get; private set; }

    internal ListPage<Appointment> Appointments { get; private set; } = new([], 0, 1, AppointmentQueries.QueuePageSize);

    internal IReadOnlyDictionary<AppointmentState, int> Counts { get; private set; } = new Dictionary<AppointmentState, int>();

    public IReadOnlyDictionary<int, string> EnterpriseNames { get; private set; } = new Dictionary<int, string>();

    public ListPager Pager { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "state")] string? state, [FromQuery(Name = "page")] int page = 1)
    {
        State = Enum.TryParse<AppointmentState>(state, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : AppointmentState.Requested;
        Appointments = await queries.QueueAsync(State, page, HttpContext.RequestAborted);
        Counts = await queries.CountsAsync(HttpContext.RequestAborted);
        var ids = Appointments.Items.Select(a => a.EnterpriseId).Distinct().ToList();
        EnterpriseNames = (await enterprises.ListAsync(ids, HttpContext.RequestAborted)).ToDictionary(e => e.Id, e => e.Name);
        Pager = new ListPager(Appointments.Page, Appointments.PageCount, "/admin/showcase/appointments",
            new Dictionary<string, string?> { ["state"] = State.ToString().ToLowerInvariant() });
    }
}
