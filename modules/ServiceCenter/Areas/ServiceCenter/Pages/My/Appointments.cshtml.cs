using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Core.Security;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.My;

/// <summary>/my/appointments: the signed-in user's enterprise's requests; a request not yet scheduled may be withdrawn.</summary>
[Authorize(Policy = CorePermissions.SignedIn)]
public sealed class AppointmentsModel(
    IEnterpriseDirectory enterprises,
    UserManager<PortalUser> users,
    IStringLocalizer<ServiceCenterResource> l) : PageModel
{
    private AppointmentQueries queries => this.Service<AppointmentQueries>();
    private AppointmentService appointments => this.Service<AppointmentService>();

    public EnterpriseProfile? Enterprise { get; private set; }

    internal IReadOnlyList<Appointment> Appointments { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCancelAsync(int id, int version)
    {
        var refusal = await appointments.WithdrawAsync(users.GetUserId(User)!, id, version, Reason, HttpContext.RequestAborted);
        if (refusal is null)
        {
            StatusMessage = l["预约已取消。"];
            return RedirectToPage();
        }

        ModelState.AddModelError(refusal.Field == "Reason" ? $"Reason-{id}" : "", l[refusal.Message, refusal.Args ?? []]);
        FailedId = id;
        await LoadAsync();
        return Page();
    }

    /// <summary>The appointment whose cancel form was refused, so its error shows next to it.</summary>
    public int? FailedId { get; private set; }

    private async Task LoadAsync()
    {
        Enterprise = await enterprises.FindByOwnerAsync(users.GetUserId(User)!, HttpContext.RequestAborted);
        if (Enterprise is { Verification: VerificationState.Verified })
        {
            Appointments = await queries.OfEnterpriseAsync(Enterprise.Id, HttpContext.RequestAborted);
        }
    }
}
