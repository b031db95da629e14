-- A NOTIFY inside the writing transaction makes every writing commit wait for the previous notifying commit's WAL
-- flush (PostgreSQL holds its notification-queue lock through commit): write throughput fell 4-5x in the benchmark.
-- The outbox nudge is now sent after commit, from its own short transaction (OutboxCommitSignal); {schema}'s inbox
-- trigger stays, since only the relay and schedulers insert there, in batches.
DROP TRIGGER IF EXISTS outbox_nudge ON {schema}.outbox;
