using Portal.Core.Enterprises;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// Every facet's counts in one pass over the candidates. Each facet counts the policies that pass all the other
/// filters, so a row that passes every filter counts in every facet, a row that fails exactly one filter counts
/// only in that filter's facet, and a row that fails two counts nowhere — the same numbers as one pass per facet.
/// </summary>
internal sealed class FacetTally(FinderSnapshot snapshot, DateOnly today)
{
    private static readonly PolicyWindow[] WindowValues = Enum.GetValues<PolicyWindow>();
    private static readonly IReadOnlyList<Segment> SegmentValues = Portal.Core.Enterprises.Segments.All;

    private readonly int[] levels = new int[32];
    private readonly int[] areas = new int[32];
    private readonly int[] types = new int[32];
    private readonly int[] segments = new int[32];
    private readonly int[] sizes = new int[32];
    private readonly int[] windows = new int[32];
    private readonly int[] departments = new int[snapshot.Departments.Count];
    private int free;

    /// <summary>Counts the row at <paramref name="position"/>, given the filters it fails (<see cref="PolicyFilter.Failures"/>).</summary>
    public void Add(int position, int failed)
    {
        if ((failed & (failed - 1)) != 0)
        {
            return;
        }

        var row = snapshot.Rows[position];
        if (Counts(failed, FacetKind.Level))
        {
            Bump(levels, (int)row.Level);
        }

        if (Counts(failed, FacetKind.Department))
        {
            departments[snapshot.DepartmentOf(position)]++;
        }

        if (Counts(failed, FacetKind.Area))
        {
            Bump(areas, (int)row.SupportArea);
        }

        if (Counts(failed, FacetKind.Type))
        {
            Bump(types, (int)row.SupportType);
        }

        if (Counts(failed, FacetKind.Segment))
        {
            foreach (var segment in SegmentValues)
            {
                if (row.ForSegment(segment))
                {
                    Bump(segments, (int)segment);
                }
            }
        }

        if (Counts(failed, FacetKind.Size))
        {
            foreach (var size in SizeClasses.All)
            {
                if (row.ForSize(size))
                {
                    Bump(sizes, (int)size);
                }
            }
        }

        if (Counts(failed, FacetKind.Window))
        {
            foreach (var window in WindowValues)
            {
                if (row.In(window, today))
                {
                    Bump(windows, (int)window);
                }
            }
        }

        if (Counts(failed, FacetKind.Free) && row.GrantedWithoutApplication)
        {
            free++;
        }
    }

    public IReadOnlyList<FacetCount<PolicyLevel>> Levels => List(PolicyNames.Levels, levels);

    public IReadOnlyList<FacetCount<SupportArea>> Areas => List(PolicyNames.Areas, areas);

    public IReadOnlyList<FacetCount<SupportType>> Types => List(PolicyNames.Types, types);

    public IReadOnlyList<FacetCount<Segment>> Segments => List(SegmentValues, segments);

    public IReadOnlyList<FacetCount<SizeClass>> Sizes => List(SizeClasses.All, sizes);

    public IReadOnlyList<FacetCount<PolicyWindow>> Windows => List(WindowValues, windows);

    public int Free => free;

    /// <summary>The departments with at least one policy, most first, then by name.</summary>
    public IReadOnlyList<FacetCount<string>> Departments =>
        [.. Enumerable.Range(0, departments.Length).Where(d => departments[d] > 0)
            .Select(d => new FacetCount<string>(snapshot.Departments[d], departments[d]))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];

    private static bool Counts(int failed, FacetKind kind) => failed == 0 || failed == kind.Bit();

    private static void Bump(int[] counts, int value)
    {
        if ((uint)value < (uint)counts.Length)
        {
            counts[value]++;
        }
    }

    private static List<FacetCount<T>> List<T>(IEnumerable<T> values, int[] counts)
        where T : struct, Enum =>
        [.. values.Select(v => new FacetCount<T>(v, counts[Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)]))];
}
