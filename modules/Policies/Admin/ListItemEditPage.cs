using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Markdown;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Admin;

/// <summary>
/// The editor of a resource or a project: GET fills the form, 预览 renders the Markdown (a fragment for
/// markdown-preview.js, the whole page without JavaScript; nothing saved), POST creates or saves with the token the
/// page was opened with. A refused save changes nothing and gives the editor their text back; a save over someone
/// else's newer change is refused, shows what they saved and lets the next save go on top of it.
/// </summary>
public abstract class ListItemEditPage<TForm>(IMarkdownRenderer markdown, IStringLocalizer<PoliciesResource> l) : PageModel
    where TForm : class, new()
{
    [BindProperty]
    public TForm Input { get; set; } = new();

    [BindProperty]
    public long Token { get; set; }

    public string PreviewHtml { get; private set; } = "";

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Why the last action (publish, a state change, a note) was refused; shown as an error after the redirect.</summary>
    [TempData]
    public string? ErrorMessage { get; set; }

    protected IStringLocalizer<PoliciesResource> L => l;

    /// <summary>The list's address; the editor is <c>{ListUrl}/edit/{id}</c>.</summary>
    protected abstract string ListUrl { get; }

    internal IStamped? Current { get; private set; }

    /// <summary>The stored item when a save was refused because someone else saved first.</summary>
    internal IStamped? Latest { get; private set; }

    internal abstract Task<IStamped?> FindAsync(int id);

    internal abstract TForm FormOf(IStamped item);

    protected abstract string? MarkdownOf(TForm form);

    /// <summary>Creates the item from the form: its id, or why not.</summary>
    internal abstract Task<(int? Id, Refusal? Refusal)> CreateAsync(TForm form, Actor actor);

    internal abstract Task<Refusal?> UpdateAsync(int id, long token, TForm form, Actor actor);

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Current is { } item)
        {
            Input = FormOf(item);
            Token = item.Token();
        }

        PreviewHtml = markdown.ToHtml(MarkdownOf(Input));
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int? id)
    {
        if (MarkdownEditor.Fragment(this, markdown, MarkdownOf(Input)) is { } fragment)
        {
            return fragment;
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ModelState.Clear();
        PreviewHtml = markdown.ToHtml(MarkdownOf(Input));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        PreviewHtml = markdown.ToHtml(MarkdownOf(Input));
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError("", l["有字段格式不正确，请检查后再保存。"]);
            return Page();
        }

        if (Current is null)
        {
            var (created, refusal) = await CreateAsync(Input, Actor.Of(User));
            return created is { } newId ? Saved(newId, l["已保存。"]) : Refused(refusal!);
        }

        if (await UpdateAsync(Current.Id, Token, Input, Actor.Of(User)) is not { } refused)
        {
            return Saved(Current.Id, l["已保存。"]);
        }

        if (refused.Message == StampedSave.ConflictMessage)
        {
            Latest = await FindAsync(Current.Id);
            Token = Latest?.Token() ?? Token;
            ModelState.Remove(nameof(Token));
        }

        return Refused(refused);
    }

    /// <summary>After an action of its own (publish, a state change, a note): back to the editor with the outcome.</summary>
    protected RedirectResult Done(int id, Refusal? refusal, string message)
    {
        if (refusal is null)
        {
            return Saved(id, message);
        }

        ErrorMessage = l[refusal.Message, refusal.Args ?? []];
        return Redirect($"{ListUrl}/edit/{id}");
    }

    protected RedirectResult Saved(int id, string message)
    {
        StatusMessage = message;
        return Redirect($"{ListUrl}/edit/{id}");
    }

    protected async Task<bool> LoadAsync(int? id)
    {
        Current = id is null ? null : await FindAsync(id.Value);
        return id is null || Current is not null;
    }

    private PageResult Refused(Refusal refusal)
    {
        ModelState.Add(refusal, l);
        return Page();
    }
}
