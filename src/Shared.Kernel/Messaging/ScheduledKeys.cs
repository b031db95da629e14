using Npgsql;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// Business keys of scheduled messages (MESSAGING.md R32): <c>&lt;schema&gt;.scheduled_keys</c> maps a key to the
/// envelopes its latest schedule stored. Scheduling a key again deletes the previous envelopes while still scheduled,
/// in the same transaction, so at most one occurrence per key is pending. The key row is locked first: two units of
/// work scheduling one key run one after the other, and the second deletes the first's envelopes.
/// Wolverine has no business key of its own (ADR 0010); this is the whole of it.
/// </summary>
internal static class ScheduledKeys
{
    public static async Task ReplaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema, string key, Guid[] envelopeIds, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                Command($"INSERT INTO {schema}.scheduled_keys (key, envelope_ids) VALUES ($1, '{{}}') ON CONFLICT (key) DO NOTHING", key),
                Command($"SELECT 1 FROM {schema}.scheduled_keys WHERE key = $1 FOR UPDATE", key),
                Command($"""
                    DELETE FROM {BusSetup.Schema}.wolverine_incoming_envelopes
                    WHERE status = 'Scheduled' AND id = ANY((SELECT envelope_ids FROM {schema}.scheduled_keys WHERE key = $1)::uuid[])
                    """, key),
                envelopeIds.Length == 0
                    ? Command($"DELETE FROM {schema}.scheduled_keys WHERE key = $1", key)
                    : Command($"UPDATE {schema}.scheduled_keys SET envelope_ids = $2, scheduled_at = now() WHERE key = $1", key, envelopeIds),
            },
        };
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Locks <paramref name="key"/>'s row until the transaction ends and answers whether an envelope of it is still
    /// waiting or running (not handled, not dead-lettered).
    /// </summary>
    public static async Task<bool> LockAndCheckPendingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema, string key, CancellationToken ct)
    {
        await using (var lockKey = new NpgsqlBatch(connection, transaction)
                     {
                         BatchCommands =
                         {
                             Command($"INSERT INTO {schema}.scheduled_keys (key, envelope_ids) VALUES ($1, '{{}}') ON CONFLICT (key) DO NOTHING", key),
                             Command($"SELECT 1 FROM {schema}.scheduled_keys WHERE key = $1 FOR UPDATE", key),
                         },
                     })
            await lockKey.ExecuteNonQueryAsync(ct);
        await using var pending = new NpgsqlCommand($"""
            SELECT EXISTS (SELECT 1 FROM {BusSetup.Schema}.wolverine_incoming_envelopes
                           WHERE status <> 'Handled' AND id = ANY((SELECT envelope_ids FROM {schema}.scheduled_keys WHERE key = $1)::uuid[]))
            """, connection, transaction);
        pending.Parameters.Add(new NpgsqlParameter { Value = key });
        return await pending.ExecuteScalarAsync(ct) is true;
    }

    /// <summary>
    /// Locks <paramref name="key"/>'s row until the transaction ends and answers whether <paramref name="envelopeId"/>
    /// is still one of the key's current envelopes (false: a later schedule replaced it, the occurrence is stale).
    /// </summary>
    public static async Task<bool> LockAndIsCurrentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema, string key, Guid envelopeId, CancellationToken ct)
    {
        await using (var insert = new NpgsqlCommand($"INSERT INTO {schema}.scheduled_keys (key, envelope_ids) VALUES ($1, '{{}}') ON CONFLICT (key) DO NOTHING", connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = key });
            await insert.ExecuteNonQueryAsync(ct);
        }
        await using var current = new NpgsqlCommand($"SELECT $2 = ANY(envelope_ids) FROM {schema}.scheduled_keys WHERE key = $1 FOR UPDATE", connection, transaction);
        current.Parameters.Add(new NpgsqlParameter { Value = key });
        current.Parameters.Add(new NpgsqlParameter { Value = envelopeId });
        return await current.ExecuteScalarAsync(ct) is true;
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var parameter in parameters) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        return command;
    }
}
