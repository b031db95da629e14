-- Keys whose pings the auditor refuses while the row exists: a fault an operator can fix before replaying.
CREATE TABLE probe.faults (
    key text PRIMARY KEY
);
