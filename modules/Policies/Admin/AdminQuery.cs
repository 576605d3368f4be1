using Microsoft.EntityFrameworkCore;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Admin;

/// <summary>Builds the query string of a staff list's filters ("?kind=Service&amp;page=2"); empty values are left out.</summary>
internal static class AdminQuery
{
    public static string Build(int? page, params (string Key, object? Value)[] parts)
    {
        var pairs = parts
            .Select(p => (p.Key, Value: p.Value switch { null => "", bool b => b ? "true" : "false", var v => v.ToString()!.Trim() }))
            .Where(p => p.Value.Length > 0)
            .Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value))
            .ToList();
        if (page is > 1)
        {
            pairs.Add("page=" + page);
        }

        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }

    /// <summary>One page of a filtered list of resources or projects, the last changed first, with the count of all.</summary>
    public static async Task<(IReadOnlyList<T> Items, int Total)> PageAsync<T>(IQueryable<T> query, int page, int pageSize, CancellationToken cancellationToken)
        where T : class, IStamped
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(x => x.UpdatedAt).ThenByDescending(x => x.Id)
            .Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>A search text from the query, cut to 100 characters.</summary>
    public static string? Text(string? value) => value?.Length > 100 ? value[..100] : value;
}

/// <summary>The page links under a staff list: <see cref="Url"/> gives the address of page n with the list's filters.</summary>
public sealed record AdminPager(int PageNumber, int PageCount, Func<int, string> Url)
{
    public static int PageCountOf(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);
}
