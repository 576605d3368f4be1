using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Core.Modules;

namespace Portal.Web.Hosting;

/// <summary>The menus, filtered by what the user may do.</summary>
public sealed class Navigation(IEnumerable<IPortalModule> modules, IAuthorizationService authorization)
{
    private readonly IReadOnlyList<NavItem> items = modules.SelectMany(m => m.Navigation).OrderBy(i => i.Order).ToList();

    public async Task<IReadOnlyList<NavItem>> ForAsync(NavMenu menu, ClaimsPrincipal user)
    {
        var visible = new List<NavItem>();
        foreach (var item in items.Where(i => i.Menu == menu))
        {
            if (item.Permission is null || (await authorization.AuthorizeAsync(user, item.Permission)).Succeeded)
            {
                visible.Add(item);
            }
        }

        return visible;
    }
}
