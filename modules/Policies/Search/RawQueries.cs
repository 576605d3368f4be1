using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Modules.Policies.Data;

namespace Portal.Modules.Policies.Search;

/// <summary>The finder's two hot queries as plain ADO.NET on the context's connection (no query pipeline in the way).</summary>
internal static class RawQueries
{
    /// <summary>
    /// The index's stamp: its row count and highest revision. Two subqueries, not one aggregate, so each is
    /// answered from an index (SQLite would otherwise read every row, tokens and all: 0.4 ms against 0.03 ms).
    /// </summary>
    public static async Task<(long Count, long Revision)> StampAsync(PoliciesDbContext db, CancellationToken cancellationToken)
    {
        var values = await ReadAsync(db, "SELECT (SELECT COUNT(*) FROM policy_search), (SELECT COALESCE(MAX(\"Revision\"), 0) FROM policy_search)", null,
            r => (r.GetInt64(0), r.GetInt64(1)), cancellationToken);
        return values[0];
    }

    /// <summary>Ids of the indexed policies whose text matches every phrase of <paramref name="terms"/>.</summary>
    public static async Task<List<int>> MatchingIdsAsync(PoliciesDbContext db, SearchTerms terms, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            // The planner prices the @@ test on a stored tsvector as cheap and, for a word found in most policies (申报),
            // scans the table instead: it then unpacks every row's tsvector (40 ms at 10,000 policies on an idle machine)
            // where the GIN index answers in a few. The scan is switched off for this one statement only: the three
            // statements run in one implicit transaction, so a failing query rolls the SET back as well.
            return await ReadAsync(db,
                "SET enable_seqscan = off; SELECT \"PolicyId\" FROM policy_search WHERE \"TermsVector\" @@ to_tsquery('simple', @q); RESET enable_seqscan",
                terms.ToTsQuery(), r => r.GetInt32(0), cancellationToken);
        }

        // One comma-separated value instead of a row per id: a common word matches most policies, and stepping
        // through 10,000 rows costs more than the FTS5 lookup itself (about 1.9 ms against 1.3 ms, loaded machine).
        var joined = await ReadAsync(db, "SELECT group_concat(rowid) FROM policy_search_fts WHERE policy_search_fts MATCH @q", terms.ToFts5(),
            r => r.IsDBNull(0) ? "" : r.GetString(0), cancellationToken);
        var ids = new List<int>();
        foreach (var part in joined[0].AsSpan().Split(','))
        {
            if (int.TryParse(joined[0].AsSpan()[part], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static async Task<List<T>> ReadAsync<T>(
        PoliciesDbContext db, string sql, string? query, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (query is not null)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@q";
                parameter.Value = query;
                command.Parameters.Add(parameter);
            }

            var list = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                list.Add(read(reader));
            }

            return list;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
