using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Markdown;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Admin.Center;

/// <summary>What _MarkdownEditor.cshtml needs: the bound field's name and value, and the rendered preview.</summary>
public sealed record MarkdownEditor(string Name, string Id, string Label, string? Value, string PreviewHtml, string PreviewUrl);

/// <summary>
/// An edit page with a Markdown field and its preview. The "预览" button posts the form to the Preview
/// handler, which renders the page again with the preview and saves nothing (works without JavaScript);
/// markdown-preview.js posts only the field with the antiforgery token and header <see cref="FragmentHeader"/>,
/// and gets back just the preview's HTML, made by the one safe renderer.
/// </summary>
public abstract class MarkdownEditorPageModel : PageModel
{
    public const string FragmentHeader = "X-Markdown-Preview";

    public string PreviewHtml { get; protected set; } = "";

    public bool Previewing { get; protected set; }

    protected IActionResult Preview(string? markdown, Func<IActionResult> page)
    {
        var html = this.Service<IMarkdownRenderer>().ToHtml(markdown);
        if (Request.Headers.ContainsKey(FragmentHeader))
        {
            return Content(html, "text/html; charset=utf-8");
        }

        // The preview saves nothing, so whatever else the form says is not judged yet.
        ModelState.Clear();
        PreviewHtml = html;
        Previewing = true;
        return page();
    }

    protected void RenderPreview(string? markdown) => PreviewHtml = this.Service<IMarkdownRenderer>().ToHtml(markdown);
}
