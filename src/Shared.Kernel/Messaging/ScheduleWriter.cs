using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// Writes a unit of work's scheduled messages into its own schema's inbox, inside that unit of work's transaction:
/// one row per handler of the message type in that module, due at the given instant (compared with the database
/// clock, so never early). A business key is unique among pending rows; scheduling it again replaces the pending
/// row (new message id, payload and due time, attempts reset), cancelling deletes it.
/// </summary>
public static class ScheduleWriter
{
    public static async Task WriteAsync(ModuleDbContext db, string schema, BusRegistry registry, IReadOnlyList<ScheduledMessage> changes, CancellationToken ct)
    {
        // Within one unit of work, the last word on a business key wins.
        var byKey = new Dictionary<string, ScheduledMessage>(StringComparer.Ordinal);
        var unkeyed = new List<ScheduledMessage>();
        foreach (var change in changes)
        {
            if (change.BusinessKey is { } key) byKey[key] = change;
            else unkeyed.Add(change);
        }

        var cancelled = byKey.Values.Where(c => c.Message is null).Select(c => c.BusinessKey!).ToArray();
        if (cancelled.Length > 0)
        {
            var cancel = $"DELETE FROM {schema}.inbox WHERE business_key = ANY(@keys) AND handled_at IS NULL";
            await db.Database.ExecuteSqlRawAsync(cancel,
                [new NpgsqlParameter<string[]>("keys", cancelled)], ct);
        }

        var rows = unkeyed.Concat(byKey.Values.Where(c => c.Message is not null))
            .SelectMany(c => registry.OwnHandlersOf(schema, c.Message!.GetType()).Select(h => (c, h)))
            .ToList();
        if (rows.Count == 0) return;

        var causedBy = CurrentMessage.Value?.Context;
        var insert = $"""
            INSERT INTO {schema}.inbox (message_id, handler, message_type, message_version, payload, source_module, correlation_id,
                                        causation_id, business_key, due_at)
            SELECT * FROM unnest(@ids, @handlers, @types, @versions, @payloads, @sources, @correlations, @causations, @keys, @due)
            ON CONFLICT (handler, business_key) WHERE handled_at IS NULL AND business_key IS NOT NULL
            DO UPDATE SET message_id = EXCLUDED.message_id, message_type = EXCLUDED.message_type,
                message_version = EXCLUDED.message_version, payload = EXCLUDED.payload, correlation_id = EXCLUDED.correlation_id,
                causation_id = EXCLUDED.causation_id, due_at = EXCLUDED.due_at, received_at = now(), attempts = 0,
                lease_node = NULL, lease_token = NULL, lease_until = NULL, first_failed_at = NULL, last_failed_at = NULL, last_error = NULL
            """;
        await db.Database.ExecuteSqlRawAsync(insert,
            [
                new NpgsqlParameter<Guid[]>("ids", rows.Select(r => r.c.Message!.EventId).ToArray()),
                new NpgsqlParameter<string[]>("handlers", rows.Select(r => r.h.Handler).ToArray()),
                new NpgsqlParameter<string[]>("types", rows.Select(r => r.h.Alias).ToArray()),
                new NpgsqlParameter<int[]>("versions", rows.Select(r => r.h.Version).ToArray()),
                new NpgsqlParameter("payloads", NpgsqlDbType.Array | NpgsqlDbType.Jsonb)
                {
                    Value = rows.Select(r => JsonSerializer.Serialize(r.c.Message, r.c.Message!.GetType(), MessageJson.Options)).ToArray(),
                },
                new NpgsqlParameter<string[]>("sources", rows.Select(_ => schema).ToArray()),
                new NpgsqlParameter<Guid[]>("correlations", rows.Select(r => causedBy?.CorrelationId ?? r.c.Message!.EventId).ToArray()),
                new NpgsqlParameter("causations", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = rows.Select(_ => (object?)causedBy?.MessageId ?? DBNull.Value).ToArray() },
                new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => (object?)r.c.BusinessKey ?? DBNull.Value).ToArray() },
                new NpgsqlParameter<DateTimeOffset[]>("due", rows.Select(r => r.c.DueAt.ToUniversalTime()).ToArray()),
            ], ct);
    }
}
