using System.Globalization;
using Npgsql;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Shared.Kernel.Persistence.Documents;

/// <summary>
/// One list in plain SQL on a module's duplicated columns: its conditions with their parameters, then one page plus one
/// row (which tells <c>hasMore</c>) and the total only on <c>count=true</c>, as <see cref="PagingExtensions"/> does for
/// Marten's LINQ. Conditions and columns are the caller's SQL; every value goes in as a parameter.
/// </summary>
public sealed class SqlPageReader(NpgsqlDataSource database)
{
    private readonly List<string> _conditions = [];
    private readonly List<object> _values = [];

    /// <summary>The placeholder (<c>$n</c>) that sends <paramref name="value"/> as a parameter.</summary>
    public string Parameter(object value)
    {
        _values.Add(value);
        return "$" + _values.Count;
    }

    public SqlPageReader Where(string condition)
    {
        _conditions.Add(condition);
        return this;
    }

    /// <param name="columns">The select list.</param>
    /// <param name="table">The filtered table with its alias, e.g. <c>maintenance.mt_doc_work_order w</c>.</param>
    /// <param name="joins">Joins for the page's columns only (names of related rows); the count leaves them out.</param>
    /// <param name="orderBy">A stable order (ending with the id).</param>
    public async Task<Paged<T>> PageAsync<T>(string columns, string table, string joins, string orderBy, IPagedQuery query,
        Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken) where T : notnull
    {
        var page = query.PageOf();
        var size = query.SizeOf();
        var skipped = (page - 1) * (long)size;
        var where = _conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _conditions);
        var rows = new List<T>(size + 1);
        // Offset and limit are literals (both are numbers of ours): sent as parameters, the same prepared page cost
        // PostgreSQL about twice the CPU, with custom and generic plans alike (docs/benchmarks.md, issue 17).
        await using (var command = Command(
            $"SELECT {columns} FROM {table} {joins}{where} ORDER BY {orderBy} OFFSET {skipped.ToString(CultureInfo.InvariantCulture)} " +
            $"LIMIT {(size + 1).ToString(CultureInfo.InvariantCulture)}"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) rows.Add(read(reader));

        var hasMore = rows.Count > size;
        if (hasMore) rows.RemoveAt(size);
        if (!query.CountOf()) return new Paged<T>(rows, page, size, hasMore);

        long total;
        if (!hasMore && (rows.Count > 0 || page == 1)) total = skipped + rows.Count;
        else
        {
            await using var count = Command($"SELECT count(*) FROM {table}{where}");
            total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }
        return new Paged<T>(rows, page, size, hasMore) { TotalItems = total };
    }

    private NpgsqlCommand Command(string sql)
    {
        var command = database.CreateCommand(sql);
        foreach (var value in _values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }
}
