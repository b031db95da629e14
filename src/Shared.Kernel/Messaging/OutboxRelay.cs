using System.Text;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// Turns committed outbox rows into one inbox row per subscribing handler, in the subscriber's schema, and marks the
/// outbox rows relayed (with how many handlers they reached; 0 = unrouted), all in one statement per publisher
/// schema: a data-modifying CTE is atomic, so a crash leaves either all of it or none (MESSAGING.md R13). Rows are
/// taken with SKIP LOCKED, so relays on several nodes share the work; ON CONFLICT DO NOTHING makes a replayed
/// relay harmless. One round trip relays a batch from every publisher schema.
/// </summary>
public sealed class OutboxRelay(NpgsqlDataSource database, BusRegistry registry, IOptions<BusOptions> options)
{
    private readonly string[] _statements = registry.PublisherSchemas.Select(s => Statement(s, registry.Subscriptions)).ToArray();

    /// <summary>Relays one batch per publisher schema; returns how many outbox rows it relayed.</summary>
    public async Task<int> RelayAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var statement in _statements)
            batch.BatchCommands.Add(new NpgsqlBatchCommand(statement) { Parameters = { new NpgsqlParameter<int> { TypedValue = options.Value.RelayBatchSize } } });
        var relayed = 0;
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        do
        {
            while (await reader.ReadAsync(cancellationToken)) relayed += reader.GetInt32(0);
        } while (await reader.NextResultAsync(cancellationToken));
        return relayed;
    }

    /// <summary>True when a full batch was relayed from some schema, so another round should follow at once.</summary>
    public bool WasFull(int relayed) => relayed >= options.Value.RelayBatchSize;

    private static string Statement(string publisher, IReadOnlyList<Subscription> subscriptions)
    {
        var sql = new StringBuilder($"""
            WITH batch AS (
                SELECT id, message_type, message_version, payload, source_module, correlation_id, causation_id
                FROM {publisher}.outbox
                WHERE relayed_at IS NULL
                ORDER BY recorded_at, id
                LIMIT $1
                FOR UPDATE SKIP LOCKED
            )
            """);
        var index = 0;
        foreach (var group in subscriptions.GroupBy(s => s.Schema))
        {
            sql.Append($"""
                ,
                to_{index++} AS (
                    INSERT INTO {group.Key}.inbox (message_id, handler, message_type, message_version, payload, source_module, correlation_id, causation_id)
                    SELECT b.id, r.handler, b.message_type, b.message_version, b.payload, b.source_module, b.correlation_id, b.causation_id
                    FROM batch b JOIN (VALUES {Routes(group)}) AS r(message_type, message_version, handler)
                        ON r.message_type = b.message_type AND r.message_version = b.message_version
                    ON CONFLICT (message_id, handler) DO NOTHING
                )
                """);
        }
        var routed = subscriptions.Count == 0
            ? "0"
            : $"(SELECT count(*) FROM (VALUES {Routes(subscriptions)}) AS r(message_type, message_version, handler) " +
              "WHERE r.message_type = b.message_type AND r.message_version = b.message_version)";
        sql.Append($"""
            ,
            marked AS (
                UPDATE {publisher}.outbox o SET relayed_at = now(), routed_to = {routed}
                FROM batch b WHERE o.id = b.id
                RETURNING 1
            )
            SELECT count(*)::int FROM marked
            """);
        return sql.ToString();
    }

    private static string Routes(IEnumerable<Subscription> subscriptions) =>
        string.Join(", ", subscriptions.Select(s => $"({Literal(s.Alias)}, {s.Version}, {Literal(s.Handler)})"));

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
