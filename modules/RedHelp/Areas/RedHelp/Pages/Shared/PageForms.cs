using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Shared;

/// <summary>The form handling RedHelp's pages share: a binding error becomes one plain message, a refusal the field's message.</summary>
internal static class PageForms
{
    /// <summary>False (with "请检查填写的内容。" as the only message) when a value could not be bound (a wrong number, an unknown option).</summary>
    public static bool FormIsValid(this PageModel page, IStringLocalizer l)
    {
        if (page.ModelState.IsValid)
        {
            return true;
        }

        page.ModelState.Clear();
        page.ModelState.AddModelError("", l["请检查填写的内容。"]);
        return false;
    }

    /// <summary>Shows a service's refusal on its field, in the page's language.</summary>
    public static void Refuse(this PageModel page, Refusal refusal, IStringLocalizer l) =>
        page.ModelState.AddModelError(refusal.Field, l[refusal.Message, refusal.Args ?? []]);
}
