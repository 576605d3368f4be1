using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Admin.Center;

public sealed class CenterPageInput
{
    public string? Key { get; set; }

    public string? Title { get; set; }

    public string? Body { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>/admin/showcase/center/pages/{id?}: edit a center page (or make a new one) in Markdown, with a preview.</summary>
[Authorize(Policy = ServiceCenterPermissions.Manage)]
public sealed partial class EditPageModel : MarkdownEditorPageModel
{
    public const int MaxBodyLength = 20000;

    [BindProperty]
    public CenterPageInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            var page = await this.Service<ServiceCenterDbContext>().Pages.FindAsync([id], cancellationToken);
            if (page is null)
            {
                return NotFound();
            }

            Input = new CenterPageInput { Key = page.Key, Title = page.Title, Body = page.Body, SortOrder = page.SortOrder };
        }

        RenderPreview(Input.Body);
        return Page();
    }

    public IActionResult OnPostPreview(int? id)
    {
        Id = id;
        return Preview(Input.Body, Page);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var db = this.Service<ServiceCenterDbContext>();
        var L = this.Service<IStringLocalizer<ServiceCenterResource>>();
        var page = id is null ? new CenterPage() : await db.Pages.FindAsync([id], cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var key = Input.Key?.Trim().ToLowerInvariant() ?? "";
        var title = Input.Title?.Trim() ?? "";
        if (!KeyPattern().IsMatch(key))
        {
            ModelState.AddModelError("Input.Key", L["标识只能由 1 到 40 个小写字母、数字和连字符组成，例如 about。"]);
        }
        else if (await db.Pages.AnyAsync(p => p.Key == key && p.Id != page.Id, cancellationToken))
        {
            ModelState.AddModelError("Input.Key", L["这个标识已被其他页面使用。"]);
        }

        if (title.Length is 0 or > 100)
        {
            ModelState.AddModelError("Input.Title", L["请填写标题（不超过 100 个字）。"]);
        }

        if ((Input.Body?.Length ?? 0) > MaxBodyLength)
        {
            ModelState.AddModelError("Input.Body", L["正文不能超过 20000 个字。"]);
        }

        if (!ModelState.IsValid)
        {
            RenderPreview(Input.Body);
            return Page();
        }

        page.Key = key;
        page.Title = title;
        page.Body = Input.Body ?? "";
        page.SortOrder = Input.SortOrder;
        page.UpdatedAt = this.Service<TimeProvider>().GetUtcNow().UtcDateTime;
        if (id is null)
        {
            db.Pages.Add(page);
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = L["已保存“{0}”。", page.Title].Value;
        return Redirect("/admin/showcase/center");
    }

    [GeneratedRegex("^[a-z0-9-]{1,40}$")]
    private static partial Regex KeyPattern();
}
