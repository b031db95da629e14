using System.Collections.Concurrent;
using Npgsql;
using NpgsqlTypes;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// The inbox statements of the handler loop. Every change to a claimed row is fenced by its lease token, so a node
/// whose claim was taken over can no longer retry, dead-letter or complete it.
/// </summary>
public sealed class InboxStore(NpgsqlDataSource database)
{
    private readonly ConcurrentDictionary<(string, string), string> _sql = new();

    /// <summary>Claims up to <paramref name="limit"/> due rows from each schema (one round trip), counting the attempt.</summary>
    public async Task<List<InboxRow>> ClaimAsync(IReadOnlyList<string> schemas, int limit, string node, TimeSpan lease, CancellationToken ct)
    {
        var token = Guid.NewGuid();
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var schema in schemas)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(Sql(schema, "claim", s => $"""
                WITH c AS (
                    SELECT id FROM {s}.inbox
                    WHERE handled_at IS NULL AND due_at <= (SELECT clock_timestamp()) AND (lease_until IS NULL OR lease_until < now())
                    ORDER BY due_at, id
                    LIMIT $1
                    FOR UPDATE SKIP LOCKED
                )
                UPDATE {s}.inbox i SET lease_node = $2, lease_token = $3, lease_until = now() + $4, attempts = i.attempts + 1
                FROM c WHERE i.id = c.id
                RETURNING i.id, i.message_id, i.handler, i.message_type, i.message_version, i.payload::text,
                          i.source_module, i.correlation_id, i.causation_id, i.attempts
                """))
            {
                Parameters =
                {
                    new NpgsqlParameter<int> { TypedValue = limit },
                    new NpgsqlParameter<string> { TypedValue = node },
                    new NpgsqlParameter<Guid> { TypedValue = token },
                    new NpgsqlParameter<TimeSpan> { TypedValue = lease, NpgsqlDbType = NpgsqlDbType.Interval },
                },
            });
        }

        var rows = new List<InboxRow>();
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var index = 0;
        do
        {
            var schema = schemas[index++];
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new InboxRow(schema, reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                    reader.GetString(5), reader.GetString(6), reader.GetGuid(7), reader.IsDBNull(8) ? null : reader.GetGuid(8), reader.GetInt32(9), token));
            }
        } while (await reader.NextResultAsync(ct));
        return rows;
    }

    public async Task RetryAsync(InboxRow row, TimeSpan delay, Exception error, CancellationToken ct)
    {
        await using var command = database.CreateCommand(Sql(row.Schema, "retry", s => $"""
            UPDATE {s}.inbox SET due_at = now() + $3, lease_node = NULL, lease_token = NULL, lease_until = NULL,
                last_error = $4, first_failed_at = coalesce(first_failed_at, now()), last_failed_at = now()
            WHERE id = $1 AND lease_token = $2
            """));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = row.Id });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = row.LeaseToken });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = delay, NpgsqlDbType = NpgsqlDbType.Interval });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Describe(error) });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Moves the row to dead letters with the reason, in one statement: it is in exactly one of the two tables.</summary>
    public async Task DeadLetterAsync(InboxRow row, string reason, Exception? error, CancellationToken ct)
    {
        await using var command = database.CreateCommand(Sql(row.Schema, "dead", s => $"""
            WITH moved AS (DELETE FROM {s}.inbox WHERE id = $1 AND lease_token = $2 RETURNING *)
            INSERT INTO {s}.dead_letters (inbox_id, message_id, handler, message_type, message_version, payload, source_module,
                correlation_id, causation_id, business_key, received_at, attempts, reason, exception_type, exception_message,
                stack_trace, first_failed_at, last_failed_at)
            SELECT id, message_id, handler, message_type, message_version, payload, source_module, correlation_id, causation_id,
                business_key, received_at, attempts, $3, $4, $5, $6, coalesce(first_failed_at, now()), now()
            FROM moved
            """));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = row.Id });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = row.LeaseToken });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = reason });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)error?.GetType().FullName ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)error?.Message ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)error?.ToString() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task DiscardAsync(InboxRow row, Exception error, CancellationToken ct)
    {
        await using var command = database.CreateCommand(Sql(row.Schema, "discard", s =>
            $"UPDATE {s}.inbox SET handled_at = now(), lease_node = NULL, lease_token = NULL, lease_until = NULL, last_error = $3 " +
            "WHERE id = $1 AND lease_token = $2"));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = row.Id });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = row.LeaseToken });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "discarded: " + Describe(error) });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Extends the leases of rows this node holds, running or not (a row whose handler saved its marker is locked: skipped).</summary>
    public Task RenewAsync(IReadOnlyCollection<InboxRow> rows, string node, TimeSpan lease, CancellationToken ct) =>
        PerSchemaAsync(rows, "renew", s => $"""
            UPDATE {s}.inbox SET lease_until = now() + $3
            WHERE id IN (SELECT id FROM {s}.inbox WHERE id = ANY($1) AND lease_node = $2 AND handled_at IS NULL FOR UPDATE SKIP LOCKED)
            """, node, lease, ct);

    /// <summary>Gives back claims that never ran (graceful stop): the attempt is not counted.</summary>
    public Task ReleaseAsync(IReadOnlyCollection<InboxRow> rows, string node, CancellationToken ct) =>
        PerSchemaAsync(rows, "release", s => $"""
            UPDATE {s}.inbox SET lease_node = NULL, lease_token = NULL, lease_until = NULL, attempts = greatest(attempts - 1, 0)
            WHERE id = ANY($1) AND lease_node = $2 AND handled_at IS NULL
            """, node, null, ct);

    private async Task PerSchemaAsync(IReadOnlyCollection<InboxRow> rows, string name, Func<string, string> sql, string node, TimeSpan? lease, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var group in rows.GroupBy(r => r.Schema))
        {
            var command = new NpgsqlBatchCommand(Sql(group.Key, name, sql))
            {
                Parameters =
                {
                    new NpgsqlParameter<long[]> { TypedValue = group.Select(r => r.Id).ToArray() },
                    new NpgsqlParameter<string> { TypedValue = node },
                },
            };
            if (lease is { } duration) command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = duration, NpgsqlDbType = NpgsqlDbType.Interval });
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(ct);
    }

    private string Sql(string schema, string name, Func<string, string> build) => _sql.GetOrAdd((schema, name), key => build(key.Item1));

    private static string Describe(Exception error) => $"{error.GetType().FullName}: {error.Message}";
}
