using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Markdown;

namespace Portal.Modules.Policies.Admin;

/// <summary>What the shared _MarkdownEditor partial shows: the field, its already localized texts and the rendered preview.</summary>
public sealed record MarkdownEditor(string Field, string Label, string Help, string? Value, string PreviewUrl, string PreviewHtml, int MaxLength, int Rows = 12)
{
    public const string FragmentHeader = "X-Markdown-Preview";

    public string Id => Field.Replace('.', '_');

    /// <summary>
    /// The live preview's answer: only the safe HTML fragment when markdown-preview.js asks (its header), otherwise
    /// null and the page renders itself with the preview (the button without JavaScript; nothing is saved either way).
    /// </summary>
    public static IActionResult? Fragment(PageModel page, IMarkdownRenderer markdown, string? source) =>
        page.Request.Headers.ContainsKey(FragmentHeader) ? page.Content(markdown.ToHtml(source ?? ""), "text/html; charset=utf-8") : null;
}
