using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Shared.Kernel.Persistence;

/// <summary>
/// The database start-up. Under one PostgreSQL advisory lock (hosts that start together take turns): first the schemas
/// no Marten store owns (Identity's EF tables) get their versioned SQL scripts, each exactly once, in its own
/// transaction with its <c>schema_migrations</c> row (a failing script stops start-up and is named; an applied script
/// edited afterwards stops start-up too); then each module's Marten store brings its documents, event streams, indexes
/// and the kernel's tables up to date through Marten's own schema migration. A host that may not migrate only checks,
/// and refuses to start while anything is pending. Wolverine builds its own <c>wolverine</c> schema.
/// </summary>
public sealed class SqlMigrator(NpgsqlDataSource database, IEnumerable<ScriptedSchema> scripted, IEnumerable<IModuleStore> stores, ILogger<SqlMigrator> logger)
{
    private const long LockKey = 0x0_5053_4D49_4752; // "OPSMIGR"

    public async Task MigrateAsync(bool applyPending, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await Execute(connection, $"SELECT pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            var pending = new List<string>();
            foreach (var schema in scripted)
                pending.AddRange(await MigrateSchema(connection, schema.Schema, schema.Scripts(), applyPending, cancellationToken));
            if (pending.Count > 0)
                throw new MigrationException(
                    $"The database has {pending.Count} pending migration script(s) and this host may not apply them (Database:ApplyMigrations=false): {string.Join(", ", pending)}.");
            // Then the Marten stores' tables, under the same lock: two hosts starting at once would race on their DDL.
            var started = Stopwatch.GetTimestamp();
            foreach (var store in stores)
            {
                if (applyPending) await store.ApplyChangesAsync(cancellationToken);
                else await store.AssertMatchesAsync(cancellationToken);
            }
            logger.LogInformation("Checked the document stores' tables in {ElapsedMs:F0} ms", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            await Execute(connection, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    private async Task<List<string>> MigrateSchema(NpgsqlConnection connection, string schema, IReadOnlyList<MigrationScript> scripts, bool applyPending, CancellationToken ct)
    {
        var pending = new List<string>();
        var applied = await AppliedScripts(connection, schema, ct);
        foreach (var script in scripts)
        {
            if (applied.TryGetValue(script.Name, out var checksum))
            {
                if (!string.Equals(checksum, script.Checksum, StringComparison.Ordinal))
                    throw new MigrationException($"Migration script {schema}/{script.Name} was edited after it was applied. Add a new script instead.");
                continue;
            }
            if (!applyPending)
            {
                pending.Add($"{schema}/{script.Name}");
                continue;
            }

            if (applied.Count == 0) await EnsureMigrationTable(connection, schema, ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            try
            {
                await using (var command = new NpgsqlCommand(script.Sql, connection, transaction))
                    await command.ExecuteNonQueryAsync(ct);
                await using (var record = new NpgsqlCommand(
                                 $"INSERT INTO {schema}.schema_migrations (script, checksum, applied_at) VALUES (@script, @checksum, now())",
                                 connection, transaction))
                {
                    record.Parameters.AddWithValue("script", script.Name);
                    record.Parameters.AddWithValue("checksum", script.Checksum);
                    await record.ExecuteNonQueryAsync(ct);
                }
                await transaction.CommitAsync(ct);
                applied[script.Name] = script.Checksum;
                logger.LogInformation("Applied migration {Schema}/{Script}", schema, script.Name);
            }
            catch (PostgresException ex)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                throw new MigrationException($"Migration script {schema}/{script.Name} failed: {ex.SqlState} {ex.MessageText}", ex);
            }
        }
        return pending;
    }

    private static async Task EnsureMigrationTable(NpgsqlConnection connection, string schema, CancellationToken ct) =>
        await Execute(connection, $"""
            CREATE SCHEMA IF NOT EXISTS {schema};
            CREATE TABLE IF NOT EXISTS {schema}.schema_migrations (
                script     text PRIMARY KEY,
                checksum   text NOT NULL,
                applied_at timestamptz NOT NULL
            );
            """, ct);

    private static async Task<Dictionary<string, string>> AppliedScripts(NpgsqlConnection connection, string schema, CancellationToken ct)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var exists = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
        exists.Parameters.AddWithValue("table", $"{schema}.schema_migrations");
        if (!(bool)(await exists.ExecuteScalarAsync(ct))!) return applied;

        await using var command = new NpgsqlCommand($"SELECT script, checksum FROM {schema}.schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) applied[reader.GetString(0)] = reader.GetString(1);
        return applied;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}

public sealed class MigrationException(string message, Exception? inner = null) : Exception(message, inner);
