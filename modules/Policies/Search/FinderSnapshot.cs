namespace Portal.Modules.Policies.Search;

/// <summary>
/// Every indexed policy's facet columns as the finder's cache holds them: rows by position, departments as small
/// numbers, and both sort orders worked out once per reload, so a search is one pass over the rows plus a walk
/// along an order that stops at the requested page. Immutable; <see cref="FinderRowCache"/> swaps in a new one.
/// </summary>
internal sealed class FinderSnapshot
{
    private readonly Dictionary<int, int> positions;
    private readonly int[] departmentOf;

    public FinderSnapshot(IReadOnlyList<FinderRow> rows)
    {
        Rows = [.. rows];
        positions = new Dictionary<int, int>(Rows.Length);
        var departments = new Dictionary<string, int>(StringComparer.Ordinal);
        departmentOf = new int[Rows.Length];
        for (var i = 0; i < Rows.Length; i++)
        {
            positions[Rows[i].PolicyId] = i;
            if (!departments.TryGetValue(Rows[i].Department, out var d))
            {
                d = departments.Count;
                departments.Add(Rows[i].Department, d);
            }

            departmentOf[i] = d;
        }

        Departments = [.. departments.OrderBy(d => d.Value).Select(d => d.Key)];

        // Newest: PublishedAt, then PolicyId, both descending. Deadline: ClosesOn (none last), then PublishedAt
        // descending, then the read order; the finder walks it twice, open policies first, then closed ones.
        Newest = Order((a, b) => Rows[b].PublishedAt.CompareTo(Rows[a].PublishedAt) is var c and not 0 ? c : Rows[b].PolicyId.CompareTo(Rows[a].PolicyId));
        ByDeadline = Order((a, b) =>
            (Rows[a].ClosesOn ?? DateOnly.MaxValue).CompareTo(Rows[b].ClosesOn ?? DateOnly.MaxValue) is var c and not 0 ? c
            : Rows[b].PublishedAt.CompareTo(Rows[a].PublishedAt) is var p and not 0 ? p
            : a.CompareTo(b));
    }

    public static FinderSnapshot Empty { get; } = new([]);

    public FinderRow[] Rows { get; }

    /// <summary>The distinct departments; <see cref="DepartmentOf"/> gives a row's index into it.</summary>
    public IReadOnlyList<string> Departments { get; }

    /// <summary>Positions in newest-first order.</summary>
    public int[] Newest { get; }

    /// <summary>Positions by closing date (see the constructor); open and closed policies are split at search time.</summary>
    public int[] ByDeadline { get; }

    public int DepartmentOf(int position) => departmentOf[position];

    /// <summary>The row's position, or -1 when the policy is not indexed.</summary>
    public int PositionOf(int policyId) => positions.TryGetValue(policyId, out var position) ? position : -1;

    private int[] Order(Comparison<int> comparison)
    {
        var order = new int[Rows.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, comparison);
        return order;
    }
}
