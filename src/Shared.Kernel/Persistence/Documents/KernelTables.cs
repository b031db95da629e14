using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace OpsPlatform.Shared.Kernel.Persistence.Documents;

/// <summary>
/// The two tables the kernel keeps in every module schema beside Marten's, built and checked by Marten's own schema
/// migration: the events the live stream reads (<c>live_events</c>) and the business keys of scheduled messages
/// (<c>scheduled_keys</c>). Names, types and defaults are as PostgreSQL prints them back, so an up-to-date database
/// shows no difference.
/// </summary>
internal static class KernelTables
{
    public static void AddKernelTables(this StoreOptions options, string schema)
    {
        options.Storage.ExtendedSchemaObjects.Add(LiveEvents(schema));
        options.Storage.ExtendedSchemaObjects.Add(ScheduledKeys(schema));
    }

    private static Table LiveEvents(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, "live_events", SchemaUtils.IdentifierUsage.General)) { PrimaryKeyName = "live_events_pkey" };
        table.AddColumn("id", "uuid").AsPrimaryKey();
        table.AddColumn("message_type", "text").NotNull();
        table.AddColumn("message_version", "integer").NotNull();
        table.AddColumn("payload", "jsonb").NotNull();
        table.AddColumn("source_module", "text").NotNull();
        table.AddColumn("occurred_at", "timestamp with time zone").NotNull();
        table.AddColumn("recorded_at", "timestamp with time zone").NotNull();
        table.AddColumn("visible_to", "uuid[]").AllowNulls();
        // A person's own event (IPersonalEvent): only visible_to sees it, managers included.
        table.AddColumn("personal", "boolean").NotNull().DefaultValueByExpression("false");
        // The committing transaction orders the stream: a row becomes readable once every older transaction has ended.
        table.AddColumn("tx_id", "xid8").NotNull().DefaultValueByExpression("pg_current_xact_id()");
        table.Indexes.Add(new IndexDefinition("ix_live_events_tx") { Columns = ["tx_id", "id"] });
        table.Indexes.Add(new IndexDefinition("ix_live_events_recorded_at") { Columns = ["recorded_at"] });
        return table;
    }

    private static Table ScheduledKeys(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, "scheduled_keys", SchemaUtils.IdentifierUsage.General)) { PrimaryKeyName = "scheduled_keys_pkey" };
        table.AddColumn("key", "text").AsPrimaryKey();
        table.AddColumn("envelope_ids", "uuid[]").NotNull();
        table.AddColumn("scheduled_at", "timestamp with time zone").NotNull().DefaultValueByExpression("now()");
        return table;
    }
}
