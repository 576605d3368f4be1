using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Spaces;

namespace Portal.Modules.Expo.Areas.Expo.Pages.Spaces;

/// <summary>/expo/spaces: the exhibition spaces (展示空间) with photo, capacity, area and booking rules.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    internal IReadOnlyList<ExhibitionSpace> Spaces { get; private set; } = [];

    public async Task OnGetAsync() => Spaces = await this.Service<SpaceQueries>().ListAsync(HttpContext.RequestAborted);
}
