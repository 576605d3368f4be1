using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portal.Core.Data;

public static class WriteTransactions
{
    /// <summary>
    /// Starts a transaction in which a check and the write that depends on it cannot interleave with
    /// another writer's. On SQLite, Microsoft.Data.Sqlite opens a serializable transaction as
    /// <c>BEGIN IMMEDIATE</c>: the write lock is taken at once, so a concurrent check waits for this one
    /// to commit. On PostgreSQL it is a read-committed transaction and the rule must also be a
    /// constraint (unique index, exclusion constraint) that turns a lost race into an error.
    /// </summary>
    public static Task<IDbContextTransaction> BeginWriteTransactionAsync(this DbContext db, CancellationToken cancellationToken = default) =>
        db.Database.IsSqlite()
            ? db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken)
            : db.Database.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, cancellationToken);
}
