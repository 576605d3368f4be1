namespace Portal.Modules.Policies.Domain;

internal enum DiffKind
{
    Same,
    Added,
    Removed,
}

/// <summary>A run of characters inside a changed line: kept, added or removed.</summary>
internal sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>
/// One line of a diff. A changed line comes as a Removed line and an Added line whose <see cref="Pieces"/>
/// mark the characters that differ (Chinese has no spaces between words, so the inner diff is per character).
/// Views render <see cref="Pieces"/> as encoded text only.
/// </summary>
internal sealed record DiffLine(DiffKind Kind, IReadOnlyList<DiffPiece> Pieces)
{
    public string Text => string.Concat(Pieces.Select(p => p.Text));
}

/// <summary>A longest-common-subsequence line diff with a character diff inside each changed pair of lines.</summary>
internal static class TextDiff
{
    /// <summary>Above this many cells the inner character diff is skipped (the lines are shown whole).</summary>
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffLine> Lines(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var result = new List<DiffLine>();
        var removed = new List<string>();
        var added = new List<string>();
        foreach (var (kind, line) in Lcs(before, after, StringComparer.Ordinal))
        {
            if (kind == DiffKind.Same)
            {
                Flush(result, removed, added);
                result.Add(new DiffLine(DiffKind.Same, [new DiffPiece(DiffKind.Same, line)]));
            }
            else
            {
                (kind == DiffKind.Removed ? removed : added).Add(line);
            }
        }

        Flush(result, removed, added);
        return result;
    }

    /// <summary>Pairs removed and added lines of one change block, marking the characters that differ.</summary>
    private static void Flush(List<DiffLine> result, List<string> removed, List<string> added)
    {
        var pairs = Math.Min(removed.Count, added.Count);
        for (var i = 0; i < removed.Count; i++)
        {
            result.Add(i < pairs ? new DiffLine(DiffKind.Removed, Characters(removed[i], added[i], DiffKind.Removed))
                                 : new DiffLine(DiffKind.Removed, [new DiffPiece(DiffKind.Removed, removed[i])]));
        }

        for (var i = 0; i < added.Count; i++)
        {
            result.Add(i < pairs ? new DiffLine(DiffKind.Added, Characters(removed[i], added[i], DiffKind.Added))
                                 : new DiffLine(DiffKind.Added, [new DiffPiece(DiffKind.Added, added[i])]));
        }

        removed.Clear();
        added.Clear();
    }

    /// <summary>The pieces of one side (<paramref name="side"/>) of a changed line: common runs Same, its own runs changed.</summary>
    private static List<DiffPiece> Characters(string before, string after, DiffKind side)
    {
        if ((long)before.Length * after.Length > MaxCells)
        {
            return [new DiffPiece(side, side == DiffKind.Removed ? before : after)];
        }

        var pieces = new List<DiffPiece>();
        var chars = Lcs(before.Select(c => c.ToString()).ToList(), after.Select(c => c.ToString()).ToList(), StringComparer.Ordinal);
        foreach (var (kind, text) in chars.Where(c => c.Kind == DiffKind.Same || c.Kind == side))
        {
            if (pieces.Count > 0 && pieces[^1].Kind == kind)
            {
                pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
            }
            else
            {
                pieces.Add(new DiffPiece(kind, text));
            }
        }

        return pieces;
    }

    private static List<(DiffKind Kind, string Text)> Lcs(IReadOnlyList<string> a, IReadOnlyList<string> b, StringComparer comparer)
    {
        // Common prefix and suffix first: most edits touch few lines, so the table stays small.
        var start = 0;
        while (start < a.Count && start < b.Count && comparer.Equals(a[start], b[start]))
        {
            start++;
        }

        var endA = a.Count;
        var endB = b.Count;
        while (endA > start && endB > start && comparer.Equals(a[endA - 1], b[endB - 1]))
        {
            endA--;
            endB--;
        }

        var n = endA - start;
        var m = endB - start;
        var table = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[i, j] = comparer.Equals(a[start + i], b[start + j]) ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var result = new List<(DiffKind, string)>(a.Count + b.Count);
        result.AddRange(a.Take(start).Select(x => (DiffKind.Same, x)));
        int x1 = 0, y1 = 0;
        while (x1 < n && y1 < m)
        {
            if (comparer.Equals(a[start + x1], b[start + y1]))
            {
                result.Add((DiffKind.Same, a[start + x1]));
                x1++;
                y1++;
            }
            else if (table[x1 + 1, y1] >= table[x1, y1 + 1])
            {
                result.Add((DiffKind.Removed, a[start + x1++]));
            }
            else
            {
                result.Add((DiffKind.Added, b[start + y1++]));
            }
        }

        while (x1 < n)
        {
            result.Add((DiffKind.Removed, a[start + x1++]));
        }

        while (y1 < m)
        {
            result.Add((DiffKind.Added, b[start + y1++]));
        }

        result.AddRange(a.Skip(endA).Select(x => (DiffKind.Same, x)));
        return result;
    }
}
