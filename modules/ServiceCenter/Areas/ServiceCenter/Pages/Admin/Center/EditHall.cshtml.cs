using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Files;
using Portal.Modules.ServiceCenter.Center;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Admin.Center;

public sealed class HallInput
{
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public string? Floor { get; set; }

    public int AreaSquareMetres { get; set; }

    public string? Summary { get; set; }

    public string? Description { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>
/// /admin/showcase/center/halls/{id?}: edit a hall (or make a new one), its Markdown description with a
/// preview and its photo (JPEG, PNG or WebP up to 5 MB; a refused photo stores nothing and saves nothing).
/// </summary>
[Authorize(Policy = ServiceCenterPermissions.Manage)]
public sealed partial class EditHallModel : MarkdownEditorPageModel
{
    [BindProperty]
    public HallInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Photo { get; set; }

    public int? Id { get; private set; }

    public string? PhotoUrl { get; private set; }

    public int PhotoWidth { get; private set; }

    public int PhotoHeight { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            if (await LoadAsync(id.Value, cancellationToken) is not { } hall)
            {
                return NotFound();
            }

            Input = new HallInput
            {
                Name = hall.Name, Slug = hall.Slug, Floor = hall.Floor, AreaSquareMetres = hall.AreaSquareMetres,
                Summary = hall.Summary, Description = hall.Description, SortOrder = hall.SortOrder,
            };
        }

        RenderPreview(Input.Description);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is not null)
        {
            await LoadAsync(id.Value, cancellationToken);
        }

        return Preview(Input.Description, Page);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var db = this.Service<ServiceCenterDbContext>();
        var L = this.Service<IStringLocalizer<ServiceCenterResource>>();
        var hall = id is null ? new Hall() : await LoadAsync(id.Value, cancellationToken);
        if (hall is null)
        {
            return NotFound();
        }

        var name = Input.Name?.Trim() ?? "";
        var slug = Input.Slug?.Trim().ToLowerInvariant() ?? "";
        if (name.Length is 0 or > 100)
        {
            ModelState.AddModelError("Input.Name", L["请填写展厅名称（不超过 100 个字）。"]);
        }

        if (!SlugPattern().IsMatch(slug))
        {
            ModelState.AddModelError("Input.Slug", L["网址名只能由 1 到 60 个小写字母、数字和连字符组成，例如 fabric-library。"]);
        }
        else if (await db.Halls.AnyAsync(h => h.Slug == slug && h.Id != hall.Id, cancellationToken))
        {
            ModelState.AddModelError("Input.Slug", L["这个网址名已被其他展厅使用。"]);
        }

        if ((Input.Floor?.Trim().Length ?? 0) > 20)
        {
            ModelState.AddModelError("Input.Floor", L["楼层不能超过 20 个字。"]);
        }

        if (Input.AreaSquareMetres is < 0 or > 1_000_000)
        {
            ModelState.AddModelError("Input.AreaSquareMetres", L["面积应在 0 到 1000000 平方米之间。"]);
        }

        if ((Input.Summary?.Trim().Length ?? 0) > 300)
        {
            ModelState.AddModelError("Input.Summary", L["简介不能超过 300 个字。"]);
        }

        if ((Input.Description?.Length ?? 0) > EditPageModel.MaxBodyLength)
        {
            ModelState.AddModelError("Input.Description", L["正文不能超过 20000 个字。"]);
        }

        // The photo is stored only when everything else is right, so a refused form leaves no file behind.
        var replaced = hall.PhotoKey;
        if (ModelState.IsValid && Photo is { Length: > 0 })
        {
            await using var content = Photo.OpenReadStream();
            if (await this.Service<HallPhotos>().AttachAsync(hall, content, Photo.FileName, cancellationToken) is { } refusal)
            {
                // The store's own reasons are the kernel's texts; the reason about the picture's size is this module's.
                var reason = L[refusal.Message, refusal.Args ?? []] is { ResourceNotFound: false } own
                    ? own.Value
                    : this.Service<IStringLocalizer<SharedResource>>()[refusal.Message, refusal.Args ?? []].Value;
                ModelState.AddModelError(nameof(Photo), L["照片未保存：{0}", reason]);
            }
        }

        if (!ModelState.IsValid)
        {
            RenderPreview(Input.Description);
            return Page();
        }

        hall.Name = name;
        hall.Slug = slug;
        hall.Floor = Input.Floor?.Trim() ?? "";
        hall.AreaSquareMetres = Input.AreaSquareMetres;
        hall.Summary = Input.Summary?.Trim() ?? "";
        hall.Description = Input.Description ?? "";
        hall.SortOrder = Input.SortOrder;
        if (id is null)
        {
            db.Halls.Add(hall);
        }

        var files = this.Service<IFileStore>();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            if (hall.PhotoKey is { } added && added != replaced)
            {
                files.Delete(added);
            }

            throw;
        }

        if (replaced is not null && replaced != hall.PhotoKey)
        {
            files.Delete(replaced);
        }

        TempData["Status"] = L["已保存“{0}”。", hall.Name].Value;
        return Redirect("/admin/showcase/center");
    }

    private async Task<Hall?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var hall = await this.Service<ServiceCenterDbContext>().Halls.FindAsync([id], cancellationToken);
        if (hall?.PhotoKey is { } key)
        {
            PhotoUrl = "/media/" + key;
            PhotoWidth = hall.PhotoWidth;
            PhotoHeight = hall.PhotoHeight;
        }

        return hall;
    }

    [GeneratedRegex("^[a-z0-9-]{1,60}$")]
    private static partial Regex SlugPattern();
}
