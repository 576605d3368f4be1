using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Modules.RedHelp.Areas.RedHelp.Pages.Shared;
using Portal.Modules.RedHelp.Demands;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.My.Demands;

/// <summary>/my/demands/new: a verified enterprise orders help (企业点单), with up to three files.</summary>
[Authorize(Policy = RedHelpPermissions.Order)]
public sealed class NewModel(IStringLocalizer<RedHelpResource> l) : DemandIntakePage(l)
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var viewer = await ViewerAsync();
        var next = await SubmitAsync(
            viewer, (input, ct) => this.Service<DemandService>().SubmitAsync(viewer, input, cancellationToken: ct),
            "需求已提交，服务中心会尽快派单。", DemandUrls.ForEnterprise);
        return next is null ? Page() : Redirect(next);
    }
}
