using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Core.Markdown;
using Portal.Core.Time;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin.Policies;

/// <summary>
/// /admin/policies/edit/{id?}: write or edit a policy with a Markdown preview (a submit button without
/// JavaScript, live with markdown-preview.js), and move it through its lifecycle: save, publish now, schedule,
/// take back to draft, withdraw with a reason. A refused save changes nothing and gives the editor their text back;
/// a save over someone else's newer change is refused and shows that change next to the editor's text.
/// </summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
public sealed class EditModel(IMarkdownRenderer markdown, TimeProvider time, IStringLocalizer<PoliciesResource> l) : PageModel
{
    internal Policy? Policy { get; private set; }

    /// <summary>The stored policy when a save was refused because someone else saved first.</summary>
    internal Policy? Conflicting { get; private set; }

    [BindProperty]
    public PolicyForm Input { get; set; } = new();

    [BindProperty]
    public Guid Token { get; set; }

    [BindProperty]
    public string? ChangeNote { get; set; }

    [BindProperty]
    public bool Major { get; set; }

    /// <summary>For "schedule", Asia/Shanghai time.</summary>
    [BindProperty]
    public DateTime? PublishAt { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string PreviewHtml { get; private set; } = "";

    public string MinPublishAt { get; private set; } = "";

    public IReadOnlyList<TownInfo> Towns { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Policy is { } p)
        {
            Input = PolicyForm.From(p);
            Token = p.ConcurrencyToken;
            PublishAt = p.PublishAt is { } at ? ChinaTime.ToChina(at) : null;
        }

        PreviewHtml = markdown.ToHtml(Input.BodyMarkdown);
        return Page();
    }

    /// <summary>The preview: only the fragment for markdown-preview.js, the whole page (nothing saved) for the button.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int? id)
    {
        if (MarkdownEditor.Fragment(this, markdown, Input.BodyMarkdown) is { } fragment)
        {
            return fragment;
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ModelState.Clear();
        PreviewHtml = markdown.ToHtml(Input.BodyMarkdown);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, string? intent)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        PreviewHtml = markdown.ToHtml(Input.BodyMarkdown);
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError("", l["有字段格式不正确，请检查后再保存。"]);
            return Page();
        }

        var service = this.Service<PolicyService>();
        var actor = Actor();
        var ct = HttpContext.RequestAborted;
        if (Policy is null)
        {
            var (created, refusal) = await service.CreateAsync(Input.ToInput(), actor, ct);
            if (created is null)
            {
                return Refused(refusal!);
            }

            return await AfterSaveAsync(created.Id, created.ConcurrencyToken, intent, service, actor);
        }

        if (intent is "save" or "publish" or "schedule" && Policy.State is PolicyState.Draft or PolicyState.Scheduled or PolicyState.Published)
        {
            if (await service.UpdateAsync(Policy.Id, Token, Input.ToInput(), ChangeNote, Major, actor, ct) is { } refusal)
            {
                return await RefusedAsync(refusal);
            }

            if (intent == "save")
            {
                StatusMessage = l["已保存。"];
                return Redirect($"/admin/policies/edit/{Policy.Id}");
            }

            Token = (await this.Service<PolicyAdminQueries>().FindAsync(Policy.Id, ct))!.ConcurrencyToken;
        }

        return await AfterSaveAsync(Policy.Id, Token, intent, service, actor);
    }

    private async Task<IActionResult> AfterSaveAsync(int id, Guid token, string? intent, PolicyService service, Actor actor)
    {
        var ct = HttpContext.RequestAborted;
        var (refusal, message) = intent switch
        {
            "publish" => (await service.PublishAsync(id, token, actor, ct), l["政策已发布。"].Value),
            "schedule" => (PublishAt is { } at
                ? await service.ScheduleAsync(id, token, ChinaTime.ToUtc(at), actor, ct)
                : new Refusal("PublishAt", "请填写定时发布时间。"), l["已设定定时发布。"].Value),
            "unschedule" => (await service.UnscheduleAsync(id, token, actor, ct), l["已取消定时发布，政策回到草稿。"].Value),
            "withdraw" => (await service.WithdrawAsync(id, token, Reason, actor, ct), l["政策已撤回。"].Value),
            _ => (null, l["已保存。"].Value),
        };
        if (refusal is not null)
        {
            if (Policy is null)
            {
                // Created, but the next step was refused: show the new draft with the reason.
                StatusMessage = l["已保存为草稿，但：{0}", l[refusal.Message, refusal.Args ?? []]];
                return Redirect($"/admin/policies/edit/{id}");
            }

            return await RefusedAsync(refusal);
        }

        StatusMessage = message;
        return Redirect($"/admin/policies/edit/{id}");
    }

    private async Task<IActionResult> RefusedAsync(Refusal refusal)
    {
        if (refusal.Message == PolicyService.ConflictMessage && Policy is not null)
        {
            // Someone else saved first: keep the editor's text in the form, show theirs, and let the next save go on top of it.
            Conflicting = await this.Service<PolicyAdminQueries>().FindAsync(Policy.Id, HttpContext.RequestAborted);
            Token = Conflicting?.ConcurrencyToken ?? Token;
            ModelState.Remove(nameof(Token));
        }

        return Refused(refusal);
    }

    private PageResult Refused(Refusal refusal)
    {
        var key = refusal.Field switch
        {
            "" => "",
            "ChangeNote" or "PublishAt" or "Reason" => refusal.Field,
            _ => $"{nameof(Input)}.{refusal.Field}",
        };
        ModelState.AddModelError(key, l[refusal.Message, refusal.Args ?? []]);
        return Page();
    }

    private Actor Actor() => Domain.Actor.Of(User);

    private async Task<bool> LoadAsync(int? id)
    {
        MinPublishAt = time.ChinaNow().AddMinutes(1).ToString("yyyy-MM-dd'T'HH:mm");
        Towns = await this.Service<IEnterpriseDirectory>().TownsAsync(HttpContext.RequestAborted);
        if (id is null)
        {
            return true;
        }

        Policy = await this.Service<PolicyAdminQueries>().FindAsync(id.Value, HttpContext.RequestAborted);
        return Policy is not null;
    }
}
