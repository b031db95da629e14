using System.Text;
using System.Text.Json;
using Npgsql;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// Lists dead letters across module schemas and replays them: a replay moves the row back into its inbox in one
/// statement, with the same inbox id and message id and attempts reset; a message whose handled marker is still in
/// the inbox is not restored (replaying something handled does nothing).
/// </summary>
public sealed class DeadLetterStore(NpgsqlDataSource database, BusRegistry registry)
{
    private const string Columns = """
        id, message_id, handler, message_type, message_version, source_module, correlation_id, causation_id, reason,
        exception_type, exception_message, attempts, first_failed_at, last_failed_at, dead_lettered_at
        """;

    /// <summary>Sort fields (each backed by an index on dead_letters); ties break on module and id.</summary>
    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["deadLetteredAt"] = "dead_lettered_at",
        ["messageType"] = "message_type",
        ["handler"] = "handler",
        ["exceptionType"] = "exception_type",
    };

    public bool IsModule(string module) => registry.PublisherSchemas.Contains(module);

    public async Task<Paged<DeadLetter>> ListAsync(DeadLetterFilter filter, string? sort, int page, int pageSize, CancellationToken ct)
    {
        var (where, parameters) = Where(filter);
        var union = string.Join(" UNION ALL ", Schemas(filter).Select(s => $"SELECT '{s}' AS module, {Columns} FROM {s}.dead_letters WHERE {where}"));
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Command($"SELECT count(*) FROM ({union}) d", parameters));
        batch.BatchCommands.Add(Command($"SELECT * FROM ({union}) d ORDER BY {OrderBy(sort)} LIMIT {pageSize} OFFSET {(long)(page - 1) * pageSize}", parameters));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var total = reader.GetInt64(0);
        await reader.NextResultAsync(ct);
        var items = new List<DeadLetter>();
        while (await reader.ReadAsync(ct)) items.Add(Read(reader));
        return new Paged<DeadLetter>(items, page, pageSize, total);
    }

    public async Task<DeadLetterDetails?> FindAsync(string module, long id, CancellationToken ct)
    {
        await using var command = database.CreateCommand($"SELECT '{module}', {Columns}, payload::text, stack_trace FROM {module}.dead_letters WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        using var payload = JsonDocument.Parse(reader.GetString(16));
        return new DeadLetterDetails(Read(reader), payload.RootElement.Clone(), reader.IsDBNull(17) ? null : reader.GetString(17));
    }

    /// <summary>Replays one dead letter; null when there is none with that id.</summary>
    public async Task<int?> ReplayAsync(string module, long id, CancellationToken ct)
    {
        await using var command = database.CreateCommand(ReplaySql(module, "id = $1", "SELECT count(*)::int FROM d"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return reader.GetInt32(0) == 0 ? null : reader.GetInt32(1);
    }

    /// <summary>Replays every dead letter matching the filter; returns how many went back into an inbox.</summary>
    public async Task<int> ReplayAsync(DeadLetterFilter filter, CancellationToken ct)
    {
        var (where, parameters) = Where(filter);
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var schema in Schemas(filter)) batch.BatchCommands.Add(Command(ReplaySql(schema, where, "SELECT 0"), parameters));
        var replayed = 0;
        await using var reader = await batch.ExecuteReaderAsync(ct);
        do
        {
            while (await reader.ReadAsync(ct)) replayed += reader.GetInt32(1);
        } while (await reader.NextResultAsync(ct));
        return replayed;
    }

    private static string ReplaySql(string schema, string where, string found) => $"""
        WITH d AS (DELETE FROM {schema}.dead_letters WHERE {where} RETURNING *),
        restored AS (
            INSERT INTO {schema}.inbox (id, message_id, handler, message_type, message_version, payload, source_module, correlation_id,
                                        causation_id, business_key, received_at, due_at, attempts)
            SELECT inbox_id, message_id, handler, message_type, message_version, payload, source_module, correlation_id,
                   causation_id, business_key, received_at, now(), 0
            FROM d
            ON CONFLICT DO NOTHING
            RETURNING 1)
        SELECT ({found})::int, (SELECT count(*) FROM restored)::int
        """;

    private IEnumerable<string> Schemas(DeadLetterFilter filter) =>
        filter.Module is { } module ? [module] : registry.PublisherSchemas;

    private static (string Where, List<object> Parameters) Where(DeadLetterFilter filter)
    {
        var where = new StringBuilder("true");
        var parameters = new List<object>();
        void Add(string column, string op, object? value)
        {
            if (value is null) return;
            parameters.Add(value);
            where.Append($" AND {column} {op} ${parameters.Count}");
        }
        Add("handler", "=", filter.Handler);
        Add("message_type", "=", filter.MessageType);
        Add("exception_type", "=", filter.ExceptionType);
        Add("dead_lettered_at", ">=", filter.From);
        Add("dead_lettered_at", "<", filter.To);
        return (where.ToString(), parameters);
    }

    private static string OrderBy(string? sort)
    {
        var parts = (string.IsNullOrWhiteSpace(sort) ? "-deadLetteredAt" : sort)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => $"{SortColumns[p.TrimStart('-', '+')]} {(p.StartsWith('-') ? "DESC" : "ASC")}");
        return string.Join(", ", parts) + ", module, id";
    }

    private static NpgsqlBatchCommand Command(string sql, List<object> parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in parameters) command.Parameters.Add(new NpgsqlParameter { Value = value is DateTimeOffset d ? d.ToUniversalTime() : value });
        return command;
    }

    private static DeadLetter Read(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetInt64(1), r.GetGuid(2), r.GetString(3), r.GetString(4), r.GetInt32(5), r.GetString(6), r.GetGuid(7),
        r.IsDBNull(8) ? null : r.GetGuid(8), r.GetString(9), r.IsDBNull(10) ? null : r.GetString(10), r.IsDBNull(11) ? null : r.GetString(11),
        r.GetInt32(12), r.GetFieldValue<DateTimeOffset>(13), r.GetFieldValue<DateTimeOffset>(14), r.GetFieldValue<DateTimeOffset>(15));
}
