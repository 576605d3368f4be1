using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Public;

namespace Portal.Modules.Expo.Areas.Expo.Pages.Exhibitor;

/// <summary>
/// /expo/{slug}/apply: a verified enterprise picks its preferred booths on the map (checkboxes; the map's
/// script only ticks them), names its products and sends the application. Unknown or draft expo → 404.
/// </summary>
[Authorize(Policy = ExpoPermissions.Exhibit)]
public sealed class ApplyModel(TimeProvider time) : ExhibitorPageModel
{
    private static readonly Dictionary<string, string> FieldNames = new() { ["PreferredBoothIds"] = nameof(BoothIds) };

    internal ExpoDetails Details { get; private set; } = null!;

    /// <summary>Published and within its application window now.</summary>
    public bool IsOpen { get; private set; }

    public int MaxPreferences { get; private set; }

    [BindProperty]
    public List<int> BoothIds { get; set; } = [];

    [BindProperty]
    public string? Products { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug) => await LoadAsync(slug) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }

        // The service checks every field and says what is wrong in Chinese; the binder's English complaints are dropped.
        ModelState.Clear();
        var (application, refusal) = await this.Service<BoothApplicationService>().ApplyAsync(
            UserId, new BoothApplicationInput(Details.Expo.Id, BoothIds, Products, Note), HttpContext.RequestAborted);
        if (refusal is not null)
        {
            Show(refusal, FieldNames);
            return Page();
        }

        return Done("申请已提交，请等待服务中心审核。", $"/my/expo/applications/{application!.Id}");
    }

    private async Task<bool> LoadAsync(string slug)
    {
        if (await this.Service<PublicExpoQueries>().FindAsync(slug, HttpContext.RequestAborted) is not { } details)
        {
            return false;
        }

        Details = details;
        var expo = details.Expo;
        IsOpen = expo.IsOpenForApplications(time.GetUtcNow().UtcDateTime);
        MaxPreferences = ApplicationRules.MaxPreferencesFor(expo.BoothCap);
        await LoadEnterpriseAsync();
        return true;
    }
}
