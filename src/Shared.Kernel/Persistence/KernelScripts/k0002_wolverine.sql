-- The hand-written bus gives way to Wolverine (ADR 0010): envelopes live in the shared wolverine schema, which
-- Wolverine builds itself. What stays in each module schema: the events the live stream reads, and the business keys
-- of scheduled messages. {schema} is the module's schema.
DROP TABLE IF EXISTS {schema}.inbox;
DROP TABLE IF EXISTS {schema}.dead_letters;
DROP TABLE IF EXISTS {schema}.outbox;
DROP FUNCTION IF EXISTS {schema}.bus_nudge() CASCADE;
DROP SCHEMA IF EXISTS bus CASCADE;

CREATE TABLE {schema}.live_events (
    id              uuid PRIMARY KEY,
    message_type    text        NOT NULL,
    message_version integer     NOT NULL,
    payload         jsonb       NOT NULL,
    source_module   text        NOT NULL,
    occurred_at     timestamptz NOT NULL,
    recorded_at     timestamptz NOT NULL,
    visible_to      uuid[]      NULL,
    -- The committing transaction orders the stream: a row becomes readable once every older transaction has ended.
    tx_id           xid8        NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX ix_live_events_tx ON {schema}.live_events (tx_id, id);
CREATE INDEX ix_live_events_recorded_at ON {schema}.live_events (recorded_at);

CREATE TABLE {schema}.scheduled_keys (
    key          text PRIMARY KEY,
    envelope_ids uuid[]      NOT NULL,
    scheduled_at timestamptz NOT NULL DEFAULT now()
);
