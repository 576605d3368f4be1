using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Portal.Core;

namespace Portal.Modules.Policies.Admin;

/// <summary>Puts a refusal next to its field of the bound form ("Input.Title"), or at the top of the form.</summary>
internal static class PageRefusals
{
    public static void Add(this ModelStateDictionary state, Refusal refusal, IStringLocalizer l, string prefix = "Input") =>
        state.AddModelError(refusal.Field.Length == 0 ? "" : $"{prefix}.{refusal.Field}", l[refusal.Message, refusal.Args ?? []]);
}
