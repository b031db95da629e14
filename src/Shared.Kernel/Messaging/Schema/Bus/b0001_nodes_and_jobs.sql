-- The kernel's bus schema: node registry and singleton-job leases. It never holds messages (MESSAGING.md R1).
CREATE TABLE bus.nodes (
    node_id      text PRIMARY KEY,
    host_name    text        NOT NULL,
    process_id   integer     NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    heartbeat_at timestamptz NOT NULL DEFAULT now(),
    stopped_at   timestamptz NULL
);
CREATE INDEX ix_nodes_heartbeat_at ON bus.nodes (heartbeat_at);

CREATE TABLE bus.singleton_jobs (
    job         text PRIMARY KEY,
    last_run_at timestamptz NULL,
    last_node   text        NULL,
    runs        bigint      NOT NULL DEFAULT 0
);
