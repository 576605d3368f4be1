using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Portal.Core.Html;

/// <summary>
/// The framework's validation summary leaves <c>&lt;li style="display:none"&gt;</c> in a valid form as a
/// placeholder for client-side validation, which we do not use; the CSP (<c>style-src 'self'</c>) blocks
/// that attribute and the browser reports a violation on every form. This runs after the framework's
/// tag helper and drops the placeholder, so every <c>asp-validation-summary</c> is CSP-clean.
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed partial class ValidationSummaryWithoutInlineStyleTagHelper : TagHelper
{
    /// <summary>After <c>ValidationSummaryTagHelper</c> (order -1000).</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var content = output.PostContent.GetContent();
        if (content.Contains("style=", StringComparison.Ordinal))
        {
            output.PostContent.SetHtmlContent(Placeholder().Replace(content, ""));
        }
    }

    [GeneratedRegex("""<ul>\s*<li style="display:none"></li>\s*</ul>""")]
    private static partial Regex Placeholder();
}
