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
        var read = new Lists.QueryReader(query);
        var page = read.Page();
        var free = read.Text("free", 5);
        if (free is not null && free is not ("1" or "true" or "0" or "false"))
        {
            read.Junk();
        }

        var filter = new PolicyFilter(
            read.Text("q", MaxQueryLength),
            read.Enum<PolicyLevel>("level"),
            read.Text("dept", 100),
            read.Enum<SupportArea>("area"),
            read.Enum<SupportType>("type"),
            read.Enum<Segment>("segment"),
            read.Enum<SizeClass>("size"),
            read.Enum<PolicyWindow>("window"),
            free is "1" or "true",
            read.Enum<PolicySort>("sort") ?? PolicySort.Newest,
            page);
        return filter with { HadJunk = read.HadJunk };
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
        (Failures(row, today) & ~(except is { } kind ? kind.Bit() : 0)) == 0;

    /// <summary>The filters the indexed policy fails, one bit per <see cref="FacetKind"/> (0: it passes them all).</summary>
    internal int Failures(FinderRow row, DateOnly today)
    {
        var failed = 0;
        if (Level is { } level && row.Level != level)
        {
            failed |= FacetKind.Level.Bit();
        }

        if (Department is not null && row.Department != Department)
        {
            failed |= FacetKind.Department.Bit();
        }

        if (Area is { } area && row.SupportArea != area)
        {
            failed |= FacetKind.Area.Bit();
        }

        if (Type is { } type && row.SupportType != type)
        {
            failed |= FacetKind.Type.Bit();
        }

        if (Segment is { } segment && !row.ForSegment(segment))
        {
            failed |= FacetKind.Segment.Bit();
        }

        if (Size is { } size && !row.ForSize(size))
        {
            failed |= FacetKind.Size.Bit();
        }

        if (Window is { } window && !row.In(window, today))
        {
            failed |= FacetKind.Window.Bit();
        }

        if (Free && !row.GrantedWithoutApplication)
        {
            failed |= FacetKind.Free.Bit();
        }

        return failed;
    }
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

internal static class FacetKinds
{
    public static int Bit(this FacetKind kind) => 1 << (int)kind;
}
