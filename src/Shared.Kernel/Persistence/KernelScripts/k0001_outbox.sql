-- Every module schema carries its own outbox (MESSAGING.md R1). {schema} is the module's schema.
CREATE TABLE {schema}.outbox (
    id              uuid PRIMARY KEY,
    message_type    text        NOT NULL,
    message_version integer     NOT NULL,
    payload         jsonb       NOT NULL,
    source_module   text        NOT NULL,
    correlation_id  uuid        NOT NULL,
    causation_id    uuid        NULL,
    occurred_at     timestamptz NOT NULL,
    recorded_at     timestamptz NOT NULL
);
CREATE INDEX ix_outbox_recorded_at ON {schema}.outbox (recorded_at, id);
