using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Enterprises;
using Portal.Modules.Expo.Admin;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Exhibitors;

namespace Portal.Modules.Expo.Areas.Expo.Pages.Admin;

/// <summary>/admin/expo/{slug}/applications: an expo's review queue, oldest first, filtered by state (pending by default). Unknown expo → 404.</summary>
[Authorize(Policy = ExpoPermissions.Manage)]
public sealed class ApplicationsModel(IEnterpriseDirectory enterprises, IStringLocalizer<ExpoResource> l) : PageModel
{
    public static readonly ApplicationState[] States =
        [ApplicationState.Pending, ApplicationState.Waitlisted, ApplicationState.Approved, ApplicationState.CheckedIn, ApplicationState.Rejected, ApplicationState.Cancelled];

    internal ProductExpo Expo { get; private set; } = null!;

    internal IReadOnlyList<ApplicationView> Applications { get; private set; } = [];

    internal IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();

    /// <summary>The state shown; null shows every application.</summary>
    public ApplicationState? State { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? state)
    {
        var queries = this.Service<ExpoAdminQueries>();
        if (await queries.ExpoAsync(slug, HttpContext.RequestAborted) is not { } expo)
        {
            return NotFound();
        }

        Expo = expo;
        State = state == "all" ? null : Enum.TryParse<ApplicationState>(state, true, out var s) && Enum.IsDefined(s) ? s : ApplicationState.Pending;
        Applications = await queries.QueueAsync(expo.Id, State, HttpContext.RequestAborted);
        var ids = Applications.Select(a => a.Application.EnterpriseId).Distinct().ToList();
        Names = (await enterprises.ListAsync(ids, HttpContext.RequestAborted)).ToDictionary(e => e.Id, e => e.Name);
        return Page();
    }

    /// <summary>?handler=Excel: the expo's exhibitors (approved and checked in) as a workbook.</summary>
    public async Task<IActionResult> OnGetExcelAsync(string slug)
    {
        var queries = this.Service<ExpoAdminQueries>();
        if (await queries.ExpoAsync(slug, HttpContext.RequestAborted) is not { } expo)
        {
            return NotFound();
        }

        var exhibitors = await queries.ExhibitorsAsync(expo.Id, HttpContext.RequestAborted);
        var ids = exhibitors.Select(a => a.Application.EnterpriseId).Distinct().ToList();
        var profiles = (await enterprises.ListAsync(ids, HttpContext.RequestAborted)).ToDictionary(e => e.Id);
        return File(ExhibitorWorkbook.Build(expo, exhibitors, profiles, l), ExhibitorWorkbook.ContentType, $"{l["展商名单"].Value}-{expo.Slug}.xlsx");
    }

    public static string ExcelUrl(string slug) => $"/admin/expo/{slug}/applications?handler=Excel";

    public static string QueueUrl(string slug, ApplicationState? state) =>
        $"/admin/expo/{slug}/applications?state={(state is { } s ? s.ToString().ToLowerInvariant() : "all")}";
}
