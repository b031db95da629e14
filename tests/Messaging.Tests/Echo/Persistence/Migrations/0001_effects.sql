CREATE TABLE probe_echo.effects (
    id          uuid PRIMARY KEY,
    message_id  uuid        NOT NULL,
    handler     text        NOT NULL,
    key         text        NOT NULL,
    node        text        NOT NULL,
    attempt     integer     NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
