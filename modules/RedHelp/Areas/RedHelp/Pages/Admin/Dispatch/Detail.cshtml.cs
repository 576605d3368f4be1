using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Portal.Modules.RedHelp.Areas.RedHelp.Pages.Shared;
using Portal.Modules.RedHelp.Demands;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Admin.Dispatch;

/// <summary>/admin/redhelp/dispatch/{id}: staff dispatch or refuse a demand, the routing proposal preselected.</summary>
[Authorize(Policy = RedHelpPermissions.Manage)]
public sealed class DetailModel(IStringLocalizer<RedHelpResource> l) : DemandDetailPage(l)
{
    public override DemandPageMode Mode => DemandPageMode.Staff;

    protected override string UrlOf(int id) => DemandUrls.ForStaff(id);
}
