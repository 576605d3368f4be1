using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Enterprises;
using Portal.Core.Modules;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Home;

public sealed record HomeNews(string Title, string Slug, string Summary, DateTime PublishedAt);

public sealed record HomeSegment(Segment Segment, int Enterprises);

public sealed record HomeEntry(string Module, string Title, string Url);

public sealed record ServiceCenterHomeModel(
    IReadOnlyList<LiveFigure> Figures,
    IReadOnlyList<HomeSegment> Segments,
    IReadOnlyList<HomeNews> News,
    IReadOnlyList<HomeEntry> Entries);

/// <summary>
/// The module's home section (registered as HomeSection "ServiceCenterHome"): the center's hero with
/// live figures, the chain's six segments, the latest news and the way into the other modules.
/// A fixed number of queries whatever the number of enterprises.
/// </summary>
public sealed class ServiceCenterHomeViewComponent : ViewComponent
{
    public const string Name = "ServiceCenterHome";
    public const int LatestNews = 5;

    private const string ViewPath = "/Areas/ServiceCenter/Pages/Shared/Components/ServiceCenterHome/Default.cshtml";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        // The module's types are internal, so they are resolved here rather than through a public constructor.
        var services = HttpContext.RequestServices;
        var cancellationToken = HttpContext.RequestAborted;
        var db = services.GetRequiredService<ServiceCenterDbContext>();
        var directory = services.GetRequiredService<IEnterpriseDirectory>();
        var figures = await services.GetRequiredService<LiveFigures>().ComputeAsync(cancellationToken);
        var search = await directory.SearchAsync(new EnterpriseSearch(PageSize: 1), cancellationToken);
        var segments = Segments.All.Select(s => new HomeSegment(s, search.BySegment.GetValueOrDefault(s))).ToList();
        var news = await db.News.AsNoTracking()
            .Where(n => n.State == NewsState.Published && n.PublishedAt != null)
            .OrderByDescending(n => n.PublishedAt).ThenByDescending(n => n.Id)
            .Take(LatestNews)
            .Select(n => new HomeNews(n.Title, n.Slug, n.Summary, n.PublishedAt!.Value))
            .ToListAsync(cancellationToken);
        var entries = services.GetServices<IPortalModule>()
            .Where(m => m.Name != "ServiceCenter")
            .SelectMany(m => m.Navigation.Where(n => n.Menu == NavMenu.Public && n.Permission is null)
                .OrderBy(n => n.Order).Select(n => new HomeEntry(m.DisplayName, n.Title, n.Url)))
            .ToList();
        return View(ViewPath, new ServiceCenterHomeModel(figures, segments, news, entries));
    }
}
