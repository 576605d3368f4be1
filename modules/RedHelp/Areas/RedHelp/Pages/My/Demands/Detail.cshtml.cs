using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Portal.Modules.RedHelp.Areas.RedHelp.Pages.Shared;
using Portal.Modules.RedHelp.Demands;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.My.Demands;

/// <summary>/my/demands/{id}: the enterprise's demand: timeline, rating, withdrawal, resources answering its category.</summary>
[Authorize(Policy = RedHelpPermissions.Order)]
public sealed class DetailModel(IStringLocalizer<RedHelpResource> l) : DemandDetailPage(l)
{
    public override DemandPageMode Mode => DemandPageMode.Enterprise;

    protected override string UrlOf(int id) => DemandUrls.ForEnterprise(id);
}
