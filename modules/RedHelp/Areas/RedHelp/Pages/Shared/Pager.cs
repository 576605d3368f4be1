namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Shared;

/// <summary>Previous/next links of a list; <see cref="BaseUrl"/> already carries the list's other filters.</summary>
public sealed record Pager(int Page, int PageCount, string BaseUrl, string Parameter = "page", string? Fragment = null)
{
    public static int PageCountOf(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    public string Url(int page) =>
        BaseUrl + (BaseUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Parameter + "=" + page + (Fragment is null ? "" : "#" + Fragment);
}
