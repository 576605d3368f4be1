using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Expo.Areas.Expo.Pages.Exhibitor;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Exhibitors;

namespace Portal.Modules.Expo.Areas.Expo.Pages.My;

/// <summary>/my/expo: the enterprise's booth applications with their states; cancel one, accept a waitlist offer within 48 hours.</summary>
[Authorize(Policy = ExpoPermissions.Exhibit)]
public sealed class IndexModel : ExhibitorPageModel
{
    internal IReadOnlyList<ApplicationView> Applications { get; private set; } = [];

    internal IReadOnlyList<ProductExpo> OpenExpos { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCancelAsync(int id) =>
        await AfterAsync(await this.Service<BoothApplicationService>().CancelAsync(id, UserId, false, null, HttpContext.RequestAborted), "申请已取消。");

    public async Task<IActionResult> OnPostAcceptAsync(int id) =>
        await AfterAsync(await this.Service<BoothApplicationService>().AcceptOfferAsync(id, UserId, HttpContext.RequestAborted), "已确认候补展位，确认函已生成。");

    private async Task<IActionResult> AfterAsync(Portal.Core.Refusal? refusal, string success)
    {
        if (refusal is null)
        {
            return Done(success, "/my/expo");
        }

        Show(refusal with { Field = "" });
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        await LoadEnterpriseAsync();
        if (IsVerified)
        {
            var queries = this.Service<ExhibitorQueries>();
            Applications = await queries.ApplicationsAsync(Enterprise!.Id, HttpContext.RequestAborted);
            OpenExpos = await queries.OpenForApplicationsAsync(HttpContext.RequestAborted);
        }
    }
}
