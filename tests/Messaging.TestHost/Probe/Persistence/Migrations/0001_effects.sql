-- What the probe handlers did: one row per handler run that committed. No unique key on purpose: a duplicate
-- effect must be countable, not prevented here.
CREATE TABLE probe.effects (
    id          uuid PRIMARY KEY,
    message_id  uuid        NOT NULL,
    handler     text        NOT NULL,
    key         text        NOT NULL,
    node        text        NOT NULL,
    attempt     integer     NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX ix_effects_key ON probe.effects (key);

CREATE TABLE probe.job_runs (
    id          uuid PRIMARY KEY,
    node        text        NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL
);
