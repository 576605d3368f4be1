using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Portal.Modules.RedHelp.Areas.RedHelp.Pages.Shared;
using Portal.Modules.RedHelp.Demands;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Work;

/// <summary>/redhelp/work/{id}: the handler takes, returns, notes and resolves; a helper records a follow-up call.</summary>
[Authorize(Policy = RedHelpPermissions.Work)]
public sealed class DetailModel(IStringLocalizer<RedHelpResource> l) : DemandDetailPage(l)
{
    public override DemandPageMode Mode => DemandPageMode.Helper;

    protected override string UrlOf(int id) => DemandUrls.ForHelper(id);
}
