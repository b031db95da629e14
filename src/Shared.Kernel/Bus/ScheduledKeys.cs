using Npgsql;

namespace OpsPlatform.Shared.Kernel.Bus;

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
                Command(EnsureRow(schema), key),
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

    /// <summary>The same replacement queued on a Marten session, to run in its SaveChanges batch after the new envelopes are stored.</summary>
    public static void QueueReplace(Marten.IDocumentSession session, string schema, string key, Guid[] envelopeIds)
    {
        session.QueueSqlCommand(EnsureRow(schema).Replace("$1", "?"), key);
        session.QueueSqlCommand($"SELECT 1 FROM {schema}.scheduled_keys WHERE key = ? FOR UPDATE", key);
        session.QueueSqlCommand($"""
            DELETE FROM {BusSetup.Schema}.wolverine_incoming_envelopes
            WHERE status = 'Scheduled' AND id = ANY((SELECT envelope_ids FROM {schema}.scheduled_keys WHERE key = ?)::uuid[])
            """, key);
        if (envelopeIds.Length == 0) session.QueueSqlCommand($"DELETE FROM {schema}.scheduled_keys WHERE key = ?", key);
        else session.QueueSqlCommand($"UPDATE {schema}.scheduled_keys SET envelope_ids = ?, scheduled_at = now() WHERE key = ?", envelopeIds, key);
    }

    /// <summary>
    /// Locks <paramref name="key"/>'s row until the transaction ends and answers whether an envelope of it is still
    /// waiting or running (not handled, not dead-lettered).
    /// </summary>
    public static Task<bool> LockAndCheckPendingAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string schema, string key, CancellationToken ct) =>
        LockAndAskAsync(connection, transaction, schema, key, $"""
            SELECT EXISTS (SELECT 1 FROM {BusSetup.Schema}.wolverine_incoming_envelopes e WHERE e.status <> 'Handled' AND e.id = ANY(k.envelope_ids))
            FROM {schema}.scheduled_keys k WHERE k.key = $1 FOR UPDATE
            """, ct);

    /// <summary>
    /// Locks <paramref name="key"/>'s row until the transaction ends and answers whether <paramref name="envelopeId"/>
    /// is still one of the key's current envelopes (false: a later schedule replaced it, the occurrence is stale).
    /// </summary>
    public static Task<bool> LockAndIsCurrentAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string schema, string key, Guid envelopeId, CancellationToken ct) =>
        LockAndAskAsync(connection, transaction, schema, key, $"SELECT $2 = ANY(envelope_ids) FROM {schema}.scheduled_keys WHERE key = $1 FOR UPDATE", ct, envelopeId);

    /// <summary>Makes sure the key has a row, then runs <paramref name="lockingQuery"/> (<c>$1</c> = key, FOR UPDATE) and answers its boolean.</summary>
    private static async Task<bool> LockAndAskAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string schema, string key, string lockingQuery,
        CancellationToken ct, params object[] parameters)
    {
        await using (var ensure = new NpgsqlCommand(EnsureRow(schema), connection, transaction))
        {
            ensure.Parameters.Add(new NpgsqlParameter { Value = key });
            await ensure.ExecuteNonQueryAsync(ct);
        }
        await using var query = new NpgsqlCommand(lockingQuery, connection, transaction);
        foreach (var value in (object[])[key, .. parameters]) query.Parameters.Add(new NpgsqlParameter { Value = value });
        return await query.ExecuteScalarAsync(ct) is true;
    }

    private static string EnsureRow(string schema) =>
        $"INSERT INTO {schema}.scheduled_keys (key, envelope_ids) VALUES ($1, '{{}}') ON CONFLICT (key) DO NOTHING";

    private static NpgsqlBatchCommand Command(string sql, params object[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var parameter in parameters) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        return command;
    }
}
