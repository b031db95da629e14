using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace OpsPlatform.Modules.Janitorial.Persistence;

internal static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction: the caller's if one is open (a bus handler's), else a new one
    /// committed when the work returns. Locks and single-statement updates then commit with the published events.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this JanitorialDbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null) return await work();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>A raw command on the context's connection, enlisted in its open transaction (for single-statement updates).</summary>
    public static NpgsqlCommand TransactionCommand(this JanitorialDbContext db, string sql) =>
        new(sql, (NpgsqlConnection)db.Database.GetDbConnection(),
            (NpgsqlTransaction)(db.Database.CurrentTransaction ?? throw new InvalidOperationException("Open a transaction first.")).GetDbTransaction());
}
