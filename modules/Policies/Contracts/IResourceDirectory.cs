namespace Portal.Modules.Policies.Contracts;

/// <summary>
/// The categories of need a resource-list item answers (融资 土地 技术 招商 用工 审批 出口 政策 其他).
/// The values match RedHelp's demand categories one to one, so a demand's category maps by value.
/// </summary>
public enum NeedCategory
{
    Financing = 1,
    Land = 2,
    Technology = 3,
    Investment = 4,
    Labour = 5,
    Approvals = 6,
    Export = 7,
    Policy = 8,
    Other = 9,
}

/// <summary>A published resource-list item (资源清单) as other modules see it.</summary>
/// <param name="Url">The item's public page, relative to the site root (e.g. <c>/resources/12</c>).</param>
public sealed record ResourceSummary(int Id, string Title, string Kind, string ProvidingUnit, string Contact, string Url);

/// <summary>What the Policies module tells other modules about its resource list; read by RedHelp.</summary>
public interface IResourceDirectory
{
    /// <summary>Published resources that answer <paramref name="category"/>, most relevant first.</summary>
    Task<IReadOnlyList<ResourceSummary>> AnsweringAsync(
        NeedCategory category, int take = 5, CancellationToken cancellationToken = default);
}
