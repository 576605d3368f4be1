using Microsoft.Extensions.Localization;
using Portal.Core;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Shared;

internal static class RefusalText
{
    /// <summary>
    /// The refusal in the reader's language: the module's own messages are in its resource, the kernel's
    /// (upload refusals from the file store) in the shared one.
    /// </summary>
    public static string Localize(this Refusal refusal, IStringLocalizer module, IStringLocalizer shared)
    {
        var text = module[refusal.Message, refusal.Args ?? []];
        return text.ResourceNotFound ? shared[refusal.Message, refusal.Args ?? []] : text;
    }
}
