using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Search;

/// <summary>Where a policy stands on a day: 申报中 (and 30天内截止 within it), 未开始, 已截止.</summary>
public enum PolicyWindow
{
    Open = 1,
    ClosingSoon = 2,
    Upcoming = 3,
    Closed = 4,
}

public enum PolicySort
{
    Newest = 0,
    Deadline = 1,
}

/// <summary>
/// The finder's filters, read from and written to the query string (<c>q level dept area type segment size window
/// free sort page</c>) so every result has a URL. Values that make no sense are dropped, never a 500.
/// </summary>
public sealed record PolicyFilter(
    string? Q = null,
    PolicyLevel? Level = null,
    string? Department = null,
    SupportArea? Area = null,
    SupportType? Type = null,
    Segment? Segment = null,
    SizeClass? Size = null,
    PolicyWindow? Window = null,
    bool Free = false,
    PolicySort Sort = PolicySort.Newest,
    int Page = 1)
{
    public const int MaxQueryLength = 60;

    /// <summary>True when a value in the query string was not understood and was dropped.</summary>
    public bool HadJunk { get; init; }

    public bool IsEmpty => this with { Sort = PolicySort.Newest, Page = 1, HadJunk = false } == new PolicyFilter();

    public static PolicyFilter Parse(string? queryString) => From(QueryHelpers.ParseQuery(queryString));

    public static PolicyFilter From(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = query.ToDictionary(kv => kv.Key, kv => kv.Value.FirstOrDefault(), StringComparer.OrdinalIgnoreCase);
        var junk = false;
        string? Text(string key, int max)
        {
            var value = values.GetValueOrDefault(key)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                return null;
            }

            value = new string(value.Where(c => !char.IsControl(c)).ToArray());
            return value.Length > max ? value[..max] : value;
        }

        T? Enum<T>(string key)
            where T : struct, System.Enum
        {
            var value = Text(key, 20);
            if (value is null)
            {
                return null;
            }

            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && System.Enum.IsDefined(typeof(T), number))
            {
                return (T)(object)number;
            }

            if (!int.TryParse(value, out _) && System.Enum.TryParse<T>(value, ignoreCase: true, out var named) && System.Enum.IsDefined(named))
            {
                return named;
            }

            junk = true;
            return null;
        }

        var page = Text("page", 6);
        var pageNumber = 1;
        if (page is not null && !(int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) && pageNumber >= 1))
        {
            junk = true;
            pageNumber = 1;
        }

        var free = Text("free", 5);
        var filter = new PolicyFilter(
            Text("q", MaxQueryLength),
            Enum<PolicyLevel>("level"),
            Text("dept", 100),
            Enum<SupportArea>("area"),
            Enum<SupportType>("type"),
            Enum<Segment>("segment"),
            Enum<SizeClass>("size"),
            Enum<PolicyWindow>("window"),
            free is "1" or "true",
            Enum<PolicySort>("sort") ?? PolicySort.Newest,
            pageNumber);
        return filter with { HadJunk = junk || (free is not null && free is not ("1" or "true" or "0" or "false")) };
    }

    /// <summary>The query-string pairs, in a fixed order, without empty ones.</summary>
    public IEnumerable<KeyValuePair<string, string>> Pairs(bool withSortAndPage = true)
    {
        static string Slug<T>(T? value)
            where T : struct, System.Enum => value!.Value.ToString().ToLowerInvariant();

        var pairs = new List<KeyValuePair<string, string>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                pairs.Add(new(key, value));
            }
        }

        Add("q", Q);
        Add("level", Level is null ? null : Slug(Level));
        Add("dept", Department);
        Add("area", Area is null ? null : Slug(Area));
        Add("type", Type is null ? null : Slug(Type));
        Add("segment", Segment is null ? null : Slug(Segment));
        Add("size", Size is null ? null : Slug(Size));
        Add("window", Window is null ? null : Slug(Window));
        Add("free", Free ? "1" : null);
        if (withSortAndPage)
        {
            Add("sort", Sort == PolicySort.Newest ? null : "deadline");
            Add("page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null);
        }

        return pairs;
    }

    /// <summary><c>?q=…&amp;level=…</c> (or "" when empty), URL-encoded.</summary>
    public string ToQueryString(bool withSortAndPage = true)
    {
        var pairs = Pairs(withSortAndPage).ToList();
        return pairs.Count == 0 ? "" : QueryString.Create(pairs!).ToUriComponent();
    }

    /// <summary>Does the indexed policy pass every filter except the text (which the index answers)?</summary>
    internal bool Accepts(FinderRow row, DateOnly today, FacetKind? except = null) =>
        (except == FacetKind.Level || Level is null || row.Level == Level)
        && (except == FacetKind.Department || Department is null || row.Department == Department)
        && (except == FacetKind.Area || Area is null || row.SupportArea == Area)
        && (except == FacetKind.Type || Type is null || row.SupportType == Type)
        && (except == FacetKind.Segment || Segment is null || row.ForSegment(Segment.Value))
        && (except == FacetKind.Size || Size is null || row.ForSize(Size.Value))
        && (except == FacetKind.Window || Window is null || row.In(Window.Value, today))
        && (except == FacetKind.Free || !Free || row.GrantedWithoutApplication);
}

internal enum FacetKind
{
    Level,
    Department,
    Area,
    Type,
    Segment,
    Size,
    Window,
    Free,
}
