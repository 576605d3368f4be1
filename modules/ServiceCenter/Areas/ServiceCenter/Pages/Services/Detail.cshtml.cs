using Microsoft.AspNetCore.RateLimiting;
using Portal.Core.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Core.Markdown;
using Portal.Core.Time;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Services;

/// <summary>
/// /services/{slug}: one service and, for a verified enterprise, the request form. Anonymous visitors
/// get a log-in link; a signed-in user without a verified enterprise is told why they cannot book.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.PublicForms)]
public sealed class DetailModel(
    IEnterpriseDirectory enterprises,
    UserManager<PortalUser> users,
    IMarkdownRenderer markdown,
    TimeProvider time,
    IStringLocalizer<ServiceCenterResource> l) : PageModel
{
    private ServiceCatalog catalog => this.Service<ServiceCatalog>();
    private AppointmentService appointments => this.Service<AppointmentService>();

    internal CenterService Service { get; private set; } = null!;

    internal IReadOnlyList<CenterService> Services { get; private set; } = [];

    public string DescriptionHtml { get; private set; } = "";

    /// <summary>The visitor's enterprise, when signed in and owning one.</summary>
    public EnterpriseProfile? Enterprise { get; private set; }

    public bool CanBook => Enterprise is { Verification: VerificationState.Verified };

    public DateOnly Today { get; private set; }

    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public sealed class RequestInput
    {
        public int ServiceId { get; set; }

        public DateOnly? PreferredFrom { get; set; }

        public DateOnly? PreferredTo { get; set; }

        public string? Need { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }

        Input = new RequestInput { ServiceId = Service.Id, PreferredFrom = Today.AddDays(1), PreferredTo = Today.AddDays(14) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }

        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (ModelState.IsValid && Input.PreferredFrom is { } from && Input.PreferredTo is { } to)
        {
            var (appointment, refusal) = await appointments.RequestAsync(
                users.GetUserId(User)!, new AppointmentRequest(Input.ServiceId, from, to, Input.Need), HttpContext.RequestAborted);
            if (appointment is not null)
            {
                TempData["StatusMessage"] = l["预约已提交，服务中心安排好时间和地点后会通知您。"].Value;
                return Redirect("/my/appointments");
            }

            ModelState.AddModelError(refusal!.Field == "" ? "" : $"{nameof(Input)}.{refusal.Field}", l[refusal.Message, refusal.Args ?? []]);
        }
        else if (ModelState.IsValid)
        {
            ModelState.AddModelError(Input.PreferredFrom is null ? "Input.PreferredFrom" : "Input.PreferredTo", l["请填写希望的日期。"]);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(string slug)
    {
        if (await catalog.FindActiveAsync(slug, HttpContext.RequestAborted) is not { } service)
        {
            return false;
        }

        Service = service;
        Services = await catalog.ActiveAsync(HttpContext.RequestAborted);
        DescriptionHtml = markdown.ToHtml(service.Description);
        Today = time.ChinaToday();
        if (users.GetUserId(User) is { } userId)
        {
            Enterprise = await enterprises.FindByOwnerAsync(userId, HttpContext.RequestAborted);
        }

        return true;
    }
}
