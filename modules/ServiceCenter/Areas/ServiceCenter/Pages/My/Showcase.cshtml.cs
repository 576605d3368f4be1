using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Core.Security;
using Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Shared;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.My;

/// <summary>
/// /my/showcase: the enterprise edits its working copy (texts, logo, products and their images), previews it,
/// submits it for review or withdraws a submission. The public page keeps the published version until staff approve.
/// </summary>
[Authorize(Policy = CorePermissions.SignedIn)]
public sealed class ShowcaseModel(
    IEnterpriseDirectory enterprises, IStringLocalizer<ServiceCenterResource> l, IStringLocalizer<SharedResource> shared) : PageModel
{
    private ShowcaseService showcases => this.Service<ShowcaseService>();

    private ShowcaseEditor editor => this.Service<ShowcaseEditor>();

    public const string Path = "/my/showcase";

    public EnterpriseProfile? Enterprise { get; private set; }

    internal ShowcaseVersion Working { get; private set; } = null!;

    internal ShowcaseVersion? Published { get; private set; }

    internal ShowcaseVersion? Rejection { get; private set; }

    internal bool HasChanges { get; private set; }

    [BindProperty]
    public ShowcaseTextInput Text { get; set; } = new();

    [BindProperty]
    public ProductInput Product { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }

        Text = new ShowcaseTextInput { Culture = Working.Culture, Brands = Working.Brands, Honours = Working.Honours };
        return Page();
    }

    public Task<IActionResult> OnPostTextAsync(bool preview, CancellationToken cancellationToken) =>
        EditAsync(
            id => editor.UpdateTextAsync(id, Text.Culture, Text.Brands, Text.Honours, cancellationToken),
            "企业文化、品牌与荣誉已保存。", preview ? ShowcasePreviewModel.Path : null, keepText: true, cancellationToken);

    public Task<IActionResult> OnPostLogoAsync(CancellationToken cancellationToken) =>
        Upload is null
            ? RefuseAsync(new Refusal("Upload", "请选择要上传的图片。"), cancellationToken)
            : EditAsync(id => editor.SetLogoAsync(id, ToUpload(Upload), cancellationToken), "标志已更新。", null, false, cancellationToken);

    public Task<IActionResult> OnPostRemoveLogoAsync(CancellationToken cancellationToken) =>
        EditAsync(id => editor.RemoveLogoAsync(id, cancellationToken), "标志已删除。", null, false, cancellationToken);

    public Task<IActionResult> OnPostProductAsync(CancellationToken cancellationToken) =>
        EditAsync(
            id => editor.SaveProductAsync(id, Product.Id, Product.Name, Product.Description, cancellationToken),
            Product.Id is null ? "产品已添加。" : "产品已保存。", null, false, cancellationToken);

    public Task<IActionResult> OnPostRemoveProductAsync(int productId, CancellationToken cancellationToken) =>
        EditAsync(id => editor.RemoveProductAsync(id, productId, cancellationToken), "产品已删除。", null, false, cancellationToken);

    public Task<IActionResult> OnPostImageAsync(int productId, CancellationToken cancellationToken) =>
        Upload is null
            ? RefuseAsync(new Refusal("Upload", "请选择要上传的图片。"), cancellationToken)
            : EditAsync(id => editor.AddImageAsync(id, productId, ToUpload(Upload), cancellationToken), "图片已上传。", null, false, cancellationToken);

    public Task<IActionResult> OnPostRemoveImageAsync(int imageId, CancellationToken cancellationToken) =>
        EditAsync(id => editor.RemoveImageAsync(id, imageId, cancellationToken), "图片已删除。", null, false, cancellationToken);

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }

        var refusal = HasChanges ? await showcases.SubmitAsync(Working.Id, cancellationToken) : Refusal.Form("内容与已发布的版本相同，无需提交审核。");
        return await AfterAsync(refusal, "已提交审核。服务中心审核通过后，新内容才会公开。", null, false, cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }

        var refusal = await showcases.WithdrawAsync(Working.Id, cancellationToken);
        return await AfterAsync(refusal, "已撤回审核申请，可以继续修改。", null, false, cancellationToken);
    }

    private async Task<IActionResult> EditAsync(
        Func<int, Task<Refusal?>> edit, string success, string? redirectTo, bool keepText, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }

        return await AfterAsync(await edit(Working.Id), success, redirectTo, keepText, cancellationToken);
    }

    private async Task<IActionResult> RefuseAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Page();
        }

        return await AfterAsync(refusal, "", null, false, cancellationToken);
    }

    /// <summary>Success: back to the page (or the preview) with a message. Refusal: the page again with the message and the typed texts.</summary>
    private async Task<IActionResult> AfterAsync(Refusal? refusal, string success, string? redirectTo, bool keepText, CancellationToken cancellationToken)
    {
        if (refusal is null)
        {
            StatusMessage = l[success];
            return Redirect(redirectTo ?? Path);
        }

        ModelState.AddModelError(refusal.Field, refusal.Localize(l, shared));
        await LoadAsync(cancellationToken);
        if (!keepText)
        {
            Text = new ShowcaseTextInput { Culture = Working.Culture, Brands = Working.Brands, Honours = Working.Honours };
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Enterprise = await enterprises.VerifiedAsync(User, cancellationToken);
        if (Enterprise is null)
        {
            return false;
        }

        Working = await showcases.WorkingCopyAsync(Enterprise.Id, cancellationToken);
        Published = await showcases.PublishedAsync(Enterprise.Id, cancellationToken);
        Rejection = await showcases.LastRejectionAsync(Enterprise.Id, cancellationToken);
        HasChanges = ShowcaseChanges.Between(Published, Working).Any;
        return true;
    }

    private static ImageUpload ToUpload(IFormFile file) => new(file.OpenReadStream, file.FileName, file.Length);
}
