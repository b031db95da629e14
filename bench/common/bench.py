#!/usr/bin/env python3
"""
The request-path benchmark engine shared by the suites (bench/maintenance, bench/janitorial).

It starts a private PostgreSQL cluster, starts the Release host against it, seeds the suite's data with set-based
SQL, signs in, and for each endpoint: warms up, captures the SQL the API sends for one request (log_statement),
then alternates wrk runs against the API and pgbench runs of exactly that SQL, sampling the host's RSS. It prints
one table of medians and stops everything it started. Standard library only; see bench/README.md.
"""
import argparse
import calendar
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field

from parse_sql import ParseSql

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
COMMON = os.path.dirname(os.path.abspath(__file__))
PG_BIN = os.environ.get("OPS_PG_BIN", "/usr/lib/postgresql/15/bin")
HOST_DLL = os.path.join(REPO, "src/Host.Api/bin/Release/net10.0/OpsPlatform.Host.Api.dll")
AS_POSTGRES = os.geteuid() == 0
APP_NAME = "opsplatform"
PASSWORD = "Demo-Passw0rd!"

# Stated in the report. fsync and synchronous_commit stay at PostgreSQL's defaults (on) unless --no-sync.
PG_SETTINGS = [
    "listen_addresses = '127.0.0.1'",
    "unix_socket_directories = ''",
    "max_connections = 200",
    "shared_buffers = '256MB'",
    "shared_preload_libraries = 'pg_stat_statements'",
    "log_line_prefix = '%m [%p] %a: '",
    "log_timezone = 'UTC'",
]


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Endpoint:
    """One measured endpoint. Path and body are wrk templates ({id}, {walk}, {seq}; see common/wrk/request.lua)."""
    name: str
    method: str
    path: str
    body: str | None = None
    # The request whose SQL is captured for pgbench: (path, body) with concrete values.
    capture_path: str | None = None
    capture_body: str | None = None
    # Captured parameter values → pgbench expressions, tried in order before the defaults (see PgbenchScript).
    rules: list = field(default_factory=list)
    # Captured SQL text → what pgbench sends instead (regex, replacement), before the parameters are filled in.
    sql_rules: list = field(default_factory=list)
    # SQL run before every measured run (e.g. put rows back into the state a status change starts from).
    reset_sql: str | None = None
    target_rps: float | None = None
    target_p99_ms: float | None = None
    id_prefix: str = "00000000-0000-4000-8000-"
    rows: int = 100_000
    # pgbench picks its seeded row from its client's own slice (like wrk's {walk}), so no two clients change one row
    # at once: for writes whose version check would otherwise fail (Marten's stream append raises on a stale version).
    pgbench_own_rows: bool = False
    # The Parse anchor's tests this endpoint is compared with (--parse): a list, b get, c create, d status change,
    # e list with include (see ../shared/anchors/parse/README.md).
    parse_tests: tuple = ()


class Cluster:
    def __init__(self, sync=True):
        self.root = tempfile.mkdtemp(prefix="ops-bench-")
        self.data = os.path.join(self.root, "pg")
        self.log_path = os.path.join(self.root, "postgres.log")
        self.port = free_port()
        self.password = os.urandom(12).hex()
        self.sync = sync
        self.started = False

    def _run(self, tool, *args, capture=False):
        command = [os.path.join(PG_BIN, tool), *args]
        if AS_POSTGRES:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=True, text=True, capture_output=capture, cwd=self.root)

    def start(self):
        pwfile = os.path.join(self.root, "pwfile")
        with open(pwfile, "w") as f:
            f.write(self.password)
        if AS_POSTGRES:
            shutil.chown(self.root, "postgres", "postgres")
            shutil.chown(pwfile, "postgres", "postgres")
        self._run("initdb", "-D", self.data, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8",
                  "--auth-host=scram-sha-256", "--auth-local=peer", f"--pwfile={pwfile}", capture=True)
        os.remove(pwfile)
        settings = list(PG_SETTINGS)
        if not self.sync:
            settings += ["synchronous_commit = off"]
        with open(os.path.join(self.data, "postgresql.conf"), "a") as f:
            f.write("\n".join(settings) + "\n")
        self._run("pg_ctl", "-D", self.data, "-l", self.log_path, "-o", f"-p {self.port}", "-w", "-t", "60", "start",
                  capture=True)
        self.started = True
        self.psql("CREATE DATABASE ops")
        self.psql("CREATE EXTENSION pg_stat_statements", db="ops")

    @property
    def env(self):
        return {**os.environ, "PGPASSWORD": self.password, "PGHOST": "127.0.0.1", "PGPORT": str(self.port),
                "PGUSER": "postgres"}

    def connection_string(self, db="ops"):
        return f"Host=127.0.0.1;Port={self.port};Database={db};Username=postgres;Password={self.password}"

    def psql(self, *commands, db="postgres", file=None):
        args = [os.path.join(PG_BIN, "psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", db]
        for c in commands:
            args += ["-c", c]
        if file:
            args += ["-f", file]
        return subprocess.run(args, check=True, text=True, capture_output=True, env=self.env).stdout.strip()

    def stop(self):
        if self.started:
            try:
                self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "-t", "30", "stop", capture=True)
            except subprocess.CalledProcessError as e:
                log(f"pg_ctl stop failed: {e.stderr}")
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)


class Host:
    def __init__(self, cluster, extra_env, log_dir, dll, name):
        self.dll = dll
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.cluster = cluster
        self.extra_env = extra_env
        self.log_path = os.path.join(log_dir, f"host-{name}.log")
        self.process = None

    def start(self):
        env = {**os.environ,
               "ConnectionStrings__Ops": self.cluster.connection_string(),
               "Seed__Demo": "true",
               "ASPNETCORE_ENVIRONMENT": "Production",
               "ASPNETCORE_URLS": self.base,
               # "{ops}" in a value stands for the cluster's connection string (e.g. to add "Maximum Pool Size=8").
               **{k: v.replace("{ops}", self.cluster.connection_string()) for k, v in self.extra_env.items()}}
        self.log_file = open(self.log_path, "w")
        self.process = subprocess.Popen(["dotnet", self.dll], env=env, stdout=self.log_file, stderr=subprocess.STDOUT,
                                        cwd=os.path.dirname(self.dll), start_new_session=True)
        deadline = time.time() + 120
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the host exited with {self.process.returncode}; see {self.log_path}")
            try:
                with urllib.request.urlopen(self.base + "/health/ready", timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.5)
        raise RuntimeError("the host did not become ready within 120 s")

    def rss_mb(self):
        try:
            with open(f"/proc/{self.process.pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except FileNotFoundError:
            return None
        return None

    def request(self, method, path, body=None, token=None):
        headers = {"Content-Type": "application/json"} if body is not None else {}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        req = urllib.request.Request(self.base + path, method=method, headers=headers,
                                     data=body.encode() if body is not None else None)
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    def login(self, email):
        status, text = self.request("POST", "/api/auth/login", json.dumps({"email": email, "password": PASSWORD}))
        if status != 200:
            raise RuntimeError(f"login as {email} answered {status}: {text}")
        return json.loads(text)["accessToken"]

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process:
            self.log_file.close()


class RssSampler:
    """Samples the host's VmRSS every 200 ms while armed; the peak is reported per endpoint."""

    def __init__(self, host):
        self.host = host
        self.peak = 0.0
        self.armed = False
        self.stopped = False
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self):
        while not self.stopped:
            if self.armed:
                rss = self.host.rss_mb()
                if rss:
                    self.peak = max(self.peak, rss)
            time.sleep(0.2)

    def arm(self):
        self.peak = 0.0
        self.armed = True

    def disarm(self):
        self.armed = False
        return self.peak

    def stop(self):
        self.stopped = True


ENTRY = re.compile(r"^(?P<at>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+) \S+ \[(?P<pid>\d+)\] (?P<app>.*?): (?P<level>LOG|DETAIL|ERROR|STATEMENT|WARNING|NOTICE|HINT|CONTEXT|FATAL|PANIC):  (?P<msg>.*)$")
STATEMENT = re.compile(r"^(?:statement|execute [^:]+): (?P<sql>.*)$", re.S)
PARAMETER = re.compile(r"\$(\d+) = (NULL|'((?:[^']|'')*)')", re.S)
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
DML = re.compile(r"^\s*(INSERT|UPDATE|DELETE)\b", re.I)
# Marten appends events with a function call that it sends in the same batch as the document writes (one round trip).
BATCHED_CALL = re.compile(r"^\s*select\s+[\w.]*mt_quick_append_events\(", re.I)


def wait_until_quiet(cluster, quiet_seconds=1.0, limit_seconds=30):
    """Requests queued before wrk stopped are still being answered for a while; the capture must not see them."""
    quiet_since = time.time()
    deadline = time.time() + limit_seconds
    while time.time() < deadline:
        busy = int(cluster.psql(
            f"SELECT count(*) FROM pg_stat_activity WHERE application_name = '{APP_NAME}' AND state = 'active' "
            "AND query NOT LIKE 'LISTEN%'", db="ops"))
        if busy:
            quiet_since = time.time()
        elif time.time() - quiet_since >= quiet_seconds:
            return
        time.sleep(0.1)
    raise RuntimeError("the host kept the database busy for 30 s after the load stopped")


def capture_sql(cluster, host, token, endpoint, raw_path=None):
    """The statements (with parameter values) the host sends for one request, read from the server log (its lines are
    kept in raw_path, to check what the background filter left out)."""
    wait_until_quiet(cluster)
    with open(cluster.log_path, "rb") as f:
        f.seek(0, os.SEEK_END)
        offset = f.tell()
    cluster.psql("ALTER SYSTEM SET log_statement = 'all'", "SELECT pg_reload_conf()")
    time.sleep(0.5)
    status, text = host.request(endpoint.method, endpoint.capture_path or endpoint.path, endpoint.capture_body, token)
    answered = time.time()
    if status >= 300:
        raise RuntimeError(f"capture request for {endpoint.name} answered {status}: {text[:500]}")
    time.sleep(0.3)
    cluster.psql("ALTER SYSTEM RESET log_statement", "SELECT pg_reload_conf()")
    with open(cluster.log_path, "rb") as f:
        f.seek(offset)
        lines = f.read().decode(errors="replace").splitlines()
    if raw_path:
        with open(raw_path, "w") as f:
            f.write("\n".join(lines) + "\n")

    entries = []
    for line in lines:
        m = ENTRY.match(line)
        if m:
            entries.append(dict(m.groupdict()))
        elif entries:
            entries[-1]["msg"] += "\n" + line.lstrip("\t")
    statements = []
    for e in entries:
        if e["app"] != APP_NAME:
            continue
        # What the host sends after the answer arrived is not the request's: the handlers of the events it published
        # (they run after its commit, on other connections). The server log's clock is this machine's, in ms.
        if logged_at(e["at"]) > answered:
            continue
        if e["level"] == "LOG" and (s := STATEMENT.match(e["msg"])):
            statements.append({"pid": e["pid"], "sql": s["sql"].strip(), "params": {}})
        elif e["level"] == "DETAIL" and e["msg"].startswith("parameters:") and statements:
            statements[-1]["params"] = {
                int(n): (None if raw == "NULL" else value.replace("''", "'"))
                for n, raw, value in PARAMETER.findall(e["msg"])}
    return until_commit(without_background(statements))


def until_commit(statements):
    """A request commits once; what the host sends after that COMMIT is the work of the handlers of the events it
    published (on other connections, often before the answer reaches the harness on a loaded machine)."""
    for position, s in enumerate(statements):
        if re.match(r"^\s*COMMIT\b", s["sql"], re.I):
            return statements[:position + 1]
    return statements


def logged_at(stamp):
    """Seconds since the epoch of a server-log timestamp (UTC, log_timezone's default here)."""
    whole, fraction = stamp.split(".")
    return calendar.timegm(time.strptime(whole, "%Y-%m-%d %H:%M:%S")) + float("0." + fraction)


# What the host does on its own while a request runs: Wolverine's durability agent (recovery, scheduled polling,
# dead-letter replay, node heartbeat and leadership), its handlers marking envelopes handled (what a request
# triggers later, not the request), its queue and dead-letter counts (metrics, the bus health check), recurring jobs,
# the session-revocation LISTEN, health checks. A request's own envelope insert ("insert into
# wolverine.wolverine_incoming_envelopes (body, id, status, owner_id, ..., keep_until) values") matches none of these.
BACKGROUND = re.compile(r"owner_id = 0|owner_id <> 0|replayable = |wolverine_node|wolverine_control_queue|wolverine_agent|"
                        r"status = 'Scheduled'|status = 'Handled'|keep_until\s*<|pg_try_advisory|pg_advisory_unlock|"
                        r"scheduled_keys|live_events WHERE recorded_at <|"
                        r"reltuples|wolverine_dead_letters|count\(\*\) from \"wolverine\"\.|from \"wolverine\"\.wolverine_\w+ group by status|"
                        r"^\s*(LISTEN|UNLISTEN)\b|^\s*SELECT 1\s*$", re.I)


def without_background(statements):
    """
    Drops the host's background work from a capture. A connection is used by one thing at a time, so statements
    are cut per backend into units (a BEGIN … COMMIT/ROLLBACK block, or one statement) and a unit is dropped when
    any of its statements is background work.
    """
    units, open_unit = [], {}
    for position, s in enumerate(statements):
        unit = open_unit.get(s["pid"])
        if unit is None:
            unit = []
            units.append(unit)
            if re.match(r"^\s*BEGIN\b", s["sql"], re.I):
                open_unit[s["pid"]] = unit
        unit.append((position, s))
        if re.match(r"^\s*(COMMIT|ROLLBACK)\b", s["sql"], re.I):
            open_unit.pop(s["pid"], None)
    kept = [item for unit in units if not any(BACKGROUND.search(s["sql"]) for _, s in unit) for item in unit]
    return [s for _, s in sorted(kept, key=lambda item: item[0])]


class PgbenchScript:
    """
    Turns captured statements into a pgbench script that sends the same SQL with the same parameters.
    Parameters stay parameters (pgbench variables, -M prepared like the host's auto-prepare) except:
      - the endpoint's rules (regex on the value → SQL expression, may use :n, a random seeded row number);
      - a seeded id → the id of a random seeded row (the row wrk would hit), built from :n;
      - any other uuid (one the request generated: a new row, an event id) → a fresh random uuid per transaction,
        the same one wherever the captured value repeats (a new row's id and the rows that point at it);
      - NULL → NULL.
    The endpoint's sql_rules (regex on the captured SQL → replacement) run first, e.g. so an optimistic-concurrency
    UPDATE matches its row in pgbench as it does in the API. EF sends all the writes of one SaveChanges as one batch
    (one round trip, BEGIN going along with it), so BEGIN and consecutive writes become one pgbench pipeline, which
    is the same on the wire.
    """

    def __init__(self, endpoint, statements, clients=32):
        self.endpoint = endpoint
        self.clients = clients
        self.statements = statements
        self.variables = {}
        self.fresh = {}

    def seeded_expression(self):
        return f"('{self.endpoint.id_prefix}' || lpad(:n::text, 12, '0'))::uuid"

    def fresh_expression(self, value):
        k = self.fresh.setdefault(value, len(self.fresh))
        return f"(lpad(to_hex(:u{k}a::bigint), 16, '0') || lpad(to_hex(:u{k}b::bigint), 16, '0'))::uuid"

    def replacement(self, index, number, value):
        if value is None:
            return "NULL"
        for pattern, expression in self.endpoint.rules:
            if re.fullmatch(pattern, value):
                return expression
        if value.startswith(self.endpoint.id_prefix) and UUID.match(value):
            return self.seeded_expression()
        if UUID.match(value):
            return self.fresh_expression(value)
        name = f"s{index}p{number}"
        self.variables[name] = value
        return ":" + name

    def render(self):
        body = []
        statements = []
        for s in self.statements:
            sql = s["sql"]
            for pattern, replacement in self.endpoint.sql_rules:
                sql = re.sub(pattern, replacement, sql)
            statements.append(sql)
        kinds = ["begin" if re.match(r"^\s*BEGIN\b", sql, re.I) else "write" if DML.match(sql) or BATCHED_CALL.match(sql) else "other"
                 for sql in statements]
        in_pipeline = False
        for i, sql in enumerate(statements):
            sql = re.sub(r"\$(\d+)\b",
                         lambda m: self.replacement(i, int(m[1]), self.statements[i]["params"].get(int(m[1]))), sql)
            following = kinds[i + 1] if i + 1 < len(kinds) else None
            if not in_pipeline and (kinds[i] == "begin" and following == "write" or
                                    kinds[i] == "write" and following == "write"):
                body.append("\\startpipeline")
                in_pipeline = True
            # A query ending in pgbench's \gset [prefix] (set by an sql_rule: keep a value the host read, e.g. a version) has no ";".
            body.append(sql.rstrip() if re.search(r"\\gset(\s+\w+)?$", sql.rstrip()) else sql.rstrip().rstrip(";") + ";")
            if in_pipeline and following != "write":
                body.append("\\endpipeline")
                in_pipeline = False
        head = [f"\\set n random(1, {self.endpoint.rows})"]
        if self.endpoint.pgbench_own_rows:
            per_client = self.endpoint.rows // self.clients
            head = [f"\\set n 1 + :client_id + {self.clients} * random(0, {per_client - 1})"]
        for k in range(len(self.fresh)):
            head += [f"\\set u{k}a random(0, 4611686018427387903)", f"\\set u{k}b random(0, 4611686018427387903)"]
        return "\n".join(head + body) + "\n"


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid, with_children=False):
    """User + system CPU of one process (/proc/<pid>/stat fields 14-15; 16-17 add its exited, reaped children)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        ticks = int(fields[11]) + int(fields[12])
        if with_children:
            ticks += int(fields[13]) + int(fields[14])
        return ticks / TICKS
    except (FileNotFoundError, ProcessLookupError):
        return 0.0


def postgres_cpu_seconds(cluster):
    """CPU of the postmaster, its live children (backends, walwriter, ...) and the children it has reaped."""
    with open(os.path.join(cluster.data, "postmaster.pid")) as f:
        postmaster = int(f.readline())
    total = cpu_seconds(postmaster, with_children=True)
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == postmaster:
                        total += cpu_seconds(entry)
            except (FileNotFoundError, ProcessLookupError, IndexError):
                pass
    return total


class CpuMeter:
    """CPU milliseconds per request of the host and of PostgreSQL: steadier than req/s on a machine shared with others."""

    def __init__(self, cluster, host):
        self.cluster, self.host = cluster, host

    def __enter__(self):
        self.start = (cpu_seconds(self.host.process.pid) if self.host else 0.0, postgres_cpu_seconds(self.cluster))
        return self

    def __exit__(self, *exc):
        end = (cpu_seconds(self.host.process.pid) if self.host else 0.0, postgres_cpu_seconds(self.cluster))
        self.host_seconds, self.pg_seconds = end[0] - self.start[0], end[1] - self.start[1]

    def per(self, count):
        return self.host_seconds * 1000 / max(count, 1), self.pg_seconds * 1000 / max(count, 1)


def run_wrk(host, token, endpoint, seconds, connections, threads, run_label):
    env = {**os.environ, "BENCH_TOKEN": token, "BENCH_METHOD": endpoint.method, "BENCH_PATH": endpoint.path,
           "BENCH_ROWS": str(endpoint.rows), "BENCH_ID_PREFIX": endpoint.id_prefix, "BENCH_THREADS": str(threads),
           "BENCH_RUN": run_label}
    if endpoint.body:
        env["BENCH_BODY"] = endpoint.body
    base_path = endpoint.path if "{" not in endpoint.path else "/"
    result = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "5s",
                             "-s", os.path.join(COMMON, "wrk", "request.lua"), host.base + base_path],
                            env=env, text=True, capture_output=True, check=True)
    line = next((l for l in result.stdout.splitlines() if l.startswith("BENCH_JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no result:\n{result.stdout}\n{result.stderr}")
    r = json.loads(line[len("BENCH_JSON "):])
    r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
    return r


def run_pgbench(cluster, script_path, variables, seconds, clients, threads):
    args = [os.path.join(PG_BIN, "pgbench"), "-n", "-M", "prepared", "-c", str(clients), "-j", str(threads),
            "-T", str(seconds), "-f", script_path]
    for name, value in variables.items():
        args += ["-D", f"{name}={value}"]
    args.append("ops")
    result = subprocess.run(args, env=cluster.env, text=True, capture_output=True)
    if result.returncode != 0:
        raise RuntimeError(f"pgbench failed:\n{result.stdout}\n{result.stderr}")
    tps = re.search(r"tps = ([\d.]+) \(without initial connection time\)", result.stdout)
    failed = re.search(r"number of failed transactions: (\d+)", result.stdout)
    done = re.search(r"number of transactions actually processed: (\d+)", result.stdout)
    return {"tps": float(tps[1]), "failed": int(failed[1]) if failed else 0, "transactions": int(done[1])}


def median(values):
    return statistics.median(values) if values else float("nan")


def load_suite(path):
    spec = importlib.util.spec_from_file_location("suite", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Issue 17's targets as multiples of Parse Server's req/s on the same workload, per anchor test.
PARSE_TARGETS = {"a": 8.0, "b": 4.0, "c": 2.5, "d": 2.5, "e": 8.0}
PARSE_NAMES = {"a": "list status=open, 50, newest first", "b": "get by id", "c": "create",
               "d": "status change (one hot row)", "e": "list with include=asset"}
# The anchor's requests (as its bench.sh sends them), for capturing Parse's own SQL; {getId}/{putId} from its ids.json.
PARSE_REQUESTS = {
    "a": ("GET", "/classes/WorkOrder?where=%7B%22status%22%3A%22open%22%7D&limit=50&order=-createdAt", ""),
    "b": ("GET", "/classes/WorkOrder/{getId}", ""),
    "c": ("POST", "/classes/WorkOrder",
          '{"title":"bench-create","description":"created by bench.sh","status":"open","priority":"low"}'),
    "d": ("PUT", "/classes/WorkOrder/{putId}", '{"status":"in_progress"}'),
    "e": ("GET", "/classes/WorkOrder?where=%7B%22status%22%3A%22open%22%7D&limit=50&include=asset", ""),
}


class ParseAnchor:
    """
    Parse Server on the same work-order workload (../shared/anchors/parse: setup.sh, bench.sh, stop.sh), measured with
    wrk before and after OpsPlatform's runs in the same window, then stopped: only ratios taken minutes apart on this
    shared machine mean anything. The install (npm) and seed happen once into the folder; later runs reuse them.
    """

    def __init__(self, folder, anchor_dir, seconds, log_dir, connections, threads):
        self.folder, self.anchor_dir, self.seconds, self.log_dir = folder, anchor_dir, seconds, log_dir
        self.connections, self.threads = connections, threads
        self.results = {}
        self.sql_tps = {}

    def _script(self, name, **env):
        log_path = os.path.join(self.log_dir, f"parse-{name}.log")
        with open(log_path, "a") as out:
            code = subprocess.run(["bash", os.path.join(self.anchor_dir, name + ".sh"), self.folder],
                                  env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT).returncode
        if code != 0:
            raise RuntimeError(f"Parse anchor {name}.sh exited with {code}; see {log_path}")

    def measure(self, label):
        """Starts Parse (setup.sh is idempotent), runs wrk tests a-e (the first time also its own SQL in pgbench), stops it;
        keeps each test's req/s and p99."""
        outdir = os.path.join(self.folder, "results", time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + label)
        log(f"Parse anchor ({label}): setup/start in {self.folder}")
        try:
            self._script("setup")
            log(f"Parse anchor ({label}): wrk tests a-e, {self.seconds} s each → {outdir}")
            self._script("bench", TOOLS="wrk", DURATION=str(self.seconds), WARMUP="3", TESTS="a b c d e", OUTDIR=outdir)
            if label == "before":
                log(f"Parse anchor: its own SQL per test in pgbench, {self.seconds} s each")
                try:
                    self.sql_tps = ParseSql(self.folder, self.anchor_dir, PARSE_REQUESTS, log).measure(
                        self.seconds, self.connections, self.threads, self.log_dir)
                except (OSError, ValueError, KeyError, subprocess.CalledProcessError, urllib.error.URLError) as e:
                    log(f"Parse anchor: its SQL could not be measured ({e}); the table leaves that column empty")
        finally:
            self._script("stop")
        results = {}
        for test in PARSE_TARGETS:
            with open(os.path.join(outdir, f"wrk-{test}.json")) as f:
                r = json.load(f)
            bad = sum(r["errors"].values())
            results[test] = {"rps": r["rps"], "p99_ms": r["latency_us"]["p99"] / 1000, "bad": bad,
                             "flagged": os.path.exists(os.path.join(outdir, f"wrk-{test}.vm_event"))}
            log(f"Parse {label} {test} ({PARSE_NAMES[test]}): {r['rps']:.0f} req/s, p99 {results[test]['p99_ms']:.1f} ms, "
                f"errors + non-2xx {bad}")
        self.results[label] = results


@dataclass
class Variant:
    """A host build plus environment. With --b-dll/--b-env a second variant runs interleaved, run for run, so both
    see the same noise from the other work on the machine."""
    name: str
    dll: str
    env: dict
    host: Host | None = None
    token: str | None = None
    sampler: RssSampler | None = None
    idle_rss: float = 0.0
    # SQL that puts the database into this variant's state (e.g. its indexes), run before each of its runs.
    sql: str | None = None

    def prepare(self, cluster):
        # As a script, so each statement runs on its own (ALTER SYSTEM refuses a transaction block).
        if self.sql:
            with tempfile.NamedTemporaryFile("w", suffix=".sql") as script:
                script.write(self.sql)
                script.flush()
                os.chmod(script.name, 0o644)
                cluster.psql(db="ops", file=script.name)


def wal_stats(cluster):
    """PostgreSQL's WAL totals (records, full-page images, bytes): a write's cost that CPU figures do not show."""
    line = cluster.psql("SELECT wal_records, wal_fpi, wal_bytes FROM pg_stat_wal").strip()
    return [float(v) for v in line.split("|")]


def wal_per(before, after, count):
    """WAL per request or transaction, e.g. '4.2 KB WAL (1.3 full pages)'."""
    if not count:
        return "no WAL figure"
    return f"{(after[2] - before[2]) / count / 1024:.1f} KB WAL ({(after[1] - before[1]) / count:.1f} full pages)"


def measure_wrk(cluster, variant, endpoint, args, run_no):
    if endpoint.reset_sql:
        cluster.psql(endpoint.reset_sql, db="ops")
    wait_until_quiet(cluster)
    load = os.getloadavg()[0]
    variant.sampler.arm()
    trace = start_trace(variant, endpoint, args) if args.trace and run_no == 1 and variant.name == "A" else None
    wal = wal_stats(cluster)
    if args.statements:
        cluster.psql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", "SELECT pg_stat_statements_reset()", db="ops")
    with CpuMeter(cluster, variant.host) as cpu:
        r = run_wrk(variant.host, variant.token, endpoint, args.seconds, args.connections, args.threads,
                    f"{variant.name}{run_no}")
    r["wal"] = wal_per(wal, wal_stats(cluster), r["requests"])
    r["rss_peak"] = variant.sampler.disarm()
    if trace:
        finish_trace(*trace)
    r["host_cpu_ms"], r["pg_cpu_ms"] = cpu.per(r["requests"])
    r["load"] = load
    if args.statements:
        log_statements(cluster, f"{endpoint.name} [{variant.name}] run {run_no}", r["requests"])
    log(f"{endpoint.name} [{variant.name}] run {run_no}: {r['rps']:.0f} req/s, p50 {r['p50_us'] / 1000:.2f} ms, "
        f"p99 {r['p99_us'] / 1000:.2f} ms, errors {r['errors']}, non-2xx {r['non2xx']}, RSS peak {r['rss_peak']:.0f} MB, "
        f"CPU/req host {r['host_cpu_ms']:.3f} ms + PostgreSQL {r['pg_cpu_ms']:.3f} ms, {r['wal']}/req, load {load:.1f}")
    return r


def log_statements(cluster, label, requests):
    """Every statement PostgreSQL ran during a run (the host's background work too), per request, costliest first."""
    rows = cluster.psql(
        "SELECT calls, total_exec_time, rows, regexp_replace(left(query, 110), '\\s+', ' ', 'g') FROM pg_stat_statements "
        "WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT 25", db="ops")
    lines = [f"statements during {label} (per request: calls, exec ms, rows; then mean ms per call):"]
    for row in rows.splitlines():
        calls, total, count, query = row.split("|", 3)
        calls, total = float(calls), float(total)
        lines.append(f"    {calls / requests:6.3f} {total / requests:7.3f} {float(count) / requests:6.2f}  "
                     f"{total / calls:6.3f}  {query}")
    log("\n".join(lines))


def start_trace(variant, endpoint, args):
    """CPU samples of the host during one run (dotnet-trace, a .NET global tool), for --trace."""
    path = os.path.join(args.work, re.sub(r"\W+", "-", endpoint.name) + ".nettrace")
    tool = shutil.which("dotnet-trace") or os.path.expanduser("~/.dotnet/tools/dotnet-trace")
    process = subprocess.Popen([tool, "collect", "-p", str(variant.host.process.pid), "--profile", "dotnet-sampled-thread-time",
                                "--duration", f"00:00:{max(args.seconds - 2, 1):02d}", "-o", path],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return process, tool, path


def finish_trace(process, tool, path):
    process.wait(60)
    report = subprocess.run([tool, "report", path, "topN", "-n", "40", "--inclusive"], text=True, capture_output=True)
    exclusive = subprocess.run([tool, "report", path, "topN", "-n", "40"], text=True, capture_output=True)
    with open(path + ".txt", "w") as f:
        f.write(report.stdout + report.stderr + "\n" + exclusive.stdout + exclusive.stderr)
    log(f"trace: {path}, top methods in {path}.txt")


def measure_pgbench(cluster, endpoint, script_path, script, args):
    if endpoint.reset_sql:
        cluster.psql(endpoint.reset_sql, db="ops")
    wait_until_quiet(cluster)
    wal = wal_stats(cluster)
    with CpuMeter(cluster, None) as cpu:
        p = run_pgbench(cluster, script_path, script.variables, args.seconds, args.connections, args.threads)
    p["pg_cpu_ms"] = cpu.per(p["transactions"])[1]
    log(f"{endpoint.name} pgbench: {p['tps']:.0f} tps (failed {p['failed']}, PostgreSQL CPU/tx {p['pg_cpu_ms']:.3f} ms, "
        f"{wal_per(wal, wal_stats(cluster), p['transactions'])}/tx)")
    return p


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("suite", help="path to a suite file (bench/maintenance/work_orders.py)")
    parser.add_argument("--only", help="comma-separated endpoint names")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=8, help="length of one measured run")
    parser.add_argument("--warmup", type=int, default=5, help="seconds of unmeasured load per endpoint")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--no-pgbench", action="store_true")
    parser.add_argument("--no-sync", action="store_true", help="synchronous_commit = off (reported as such)")
    parser.add_argument("--host-env", action="append", default=[], metavar="KEY=VALUE",
                        help="extra environment for the host (e.g. DOTNET_gcServer=0); repeatable")
    parser.add_argument("--a-dll", default=HOST_DLL, help="host A's build (default: this worktree's Release build)")
    parser.add_argument("--b-dll", help="a second host build (e.g. a copy of bin/Release/net10.0 before a change)")
    parser.add_argument("--b-env", action="append", default=[], metavar="KEY=VALUE",
                        help="extra environment for the second host; repeatable")
    parser.add_argument("--a-sql", metavar="SQL|@FILE",
                        help="SQL run before each of host A's runs (e.g. its indexes); pgbench then runs after each host's run")
    parser.add_argument("--b-sql", metavar="SQL|@FILE",
                        help="SQL run before each of host B's runs (starts B like --b-env); for A/B of database changes "
                             "such as indexes, with the same build on both sides")
    parser.add_argument("--statements", action="store_true",
                        help="after each API run, print pg_stat_statements per request (all statements, background too)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (logs, captured SQL)")
    parser.add_argument("--trace", action="store_true",
                        help="record CPU samples of host A during each endpoint's first run (needs dotnet-trace); implies --keep")
    parser.add_argument("--parse", metavar="DIR",
                        help="also measure the Parse Server anchor (installed and seeded once into DIR, e.g. /tmp/anchor-parse) "
                             "with wrk before and after this run, and print the ratio table")
    parser.add_argument("--parse-anchor", default=find_parse_anchor(),
                        help="the Parse anchor's scripts (default: the first shared/anchors/parse above the repository)")
    parser.add_argument("--parse-seconds", type=int, default=10, help="length of each Parse wrk test")
    args = parser.parse_args()
    args.keep |= args.trace
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so the finally below stops what was started

    suite = load_suite(args.suite)
    endpoints = [e for e in suite.ENDPOINTS if not args.only or e.name in args.only.split(",")]
    if not endpoints:
        sys.exit(f"no endpoint matches --only; the suite has: {', '.join(e.name for e in suite.ENDPOINTS)}")
    variants = [Variant("A", os.path.abspath(args.a_dll), dict(kv.split("=", 1) for kv in args.host_env), sql=sql_argument(args.a_sql))]
    if args.b_dll or args.b_env or args.b_sql:
        variants.append(Variant("B", os.path.abspath(args.b_dll) if args.b_dll else HOST_DLL,
                                {**variants[0].env, **dict(kv.split("=", 1) for kv in args.b_env)},
                                sql=sql_argument(args.b_sql)))
    per_variant_pgbench = any(v.sql for v in variants)
    work = args.work = tempfile.mkdtemp(prefix="ops-bench-run-")
    cluster = Cluster(sync=not args.no_sync)
    results = []
    parse = None
    if args.parse:
        anchor_dir = os.path.abspath(args.parse_anchor or "")
        if not args.parse_anchor or not os.path.exists(os.path.join(anchor_dir, "bench.sh")):
            sys.exit(f"--parse: no Parse anchor scripts in {anchor_dir} (set --parse-anchor)")
        parse = ParseAnchor(os.path.abspath(args.parse), anchor_dir, args.parse_seconds, work, args.connections, args.threads)
        parse.measure("before")
    uptime_before = uptime()
    try:
        log(f"PostgreSQL cluster in {cluster.root} on port {cluster.port}")
        cluster.start()
        for v in variants:
            v.host = Host(cluster, v.env, work, v.dll, v.name)
            log(f"host {v.name}: {v.dll} on {v.host.base} (extra env: {v.env or 'none'})")
            v.host.start()
            v.idle_rss = v.host.rss_mb()
        log(f"seeding ({suite.DESCRIPTION})")
        started = time.time()
        cluster.psql(file=suite.SEED_SQL, db="ops")
        cluster.psql("VACUUM ANALYZE", db="ops")
        log(f"seeded in {time.time() - started:.1f} s")
        for v in variants:
            v.token = v.host.login(suite.USER)
            v.sampler = RssSampler(v.host)

        for endpoint in endpoints:
            for v in variants:
                log(f"{endpoint.name} [{v.name}]: warm-up {args.warmup} s")
                if endpoint.reset_sql:
                    cluster.psql(endpoint.reset_sql, db="ops")
                v.prepare(cluster)
                run_wrk(v.host, v.token, endpoint, args.warmup, args.connections, args.threads, f"{v.name}0")
            variants[0].prepare(cluster)
            stem = os.path.join(work, re.sub(r"\W+", "-", endpoint.name))
            statements = capture_sql(cluster, variants[0].host, variants[0].token, endpoint, stem + ".server.log")
            script = PgbenchScript(endpoint, statements, args.connections)
            script_path = stem + ".pgbench.sql"
            with open(script_path, "w") as f:
                f.write(script.render())
            log(f"{endpoint.name}: captured {len(statements)} statements → {script_path}")
            for s in statements:
                print(f"    -- {' '.join(s['sql'].split())}   params {s['params']}", file=sys.stderr)

            runs = {v.name: [] for v in variants}
            pgbench_runs = {v.name: [] for v in variants} if per_variant_pgbench else {"": []}
            for run_no in range(1, args.runs + 1):
                for v in variants:
                    v.prepare(cluster)
                    runs[v.name].append(measure_wrk(cluster, v, endpoint, args, run_no))
                    if per_variant_pgbench and not args.no_pgbench:
                        pgbench_runs[v.name].append(measure_pgbench(cluster, endpoint, script_path, script, args))
                if not per_variant_pgbench and not args.no_pgbench:
                    pgbench_runs[""].append(measure_pgbench(cluster, endpoint, script_path, script, args))
            for v in variants:
                results.append((endpoint, v, runs[v.name], pgbench_runs.get(v.name, pgbench_runs.get(""))))
    finally:
        for v in variants:
            if v.sampler:
                v.sampler.stop()
            if v.host:
                v.host.stop()
        cluster.stop()
        if parse and results:
            parse.measure("after")
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            log(f"kept {work}")

    print(f"\nuptime before: {uptime_before}\nuptime after:  {uptime()}")
    print_table(suite, args, results, variants)
    if parse:
        print_parse_table(results, parse)


def sql_argument(value):
    """--a-sql/--b-sql: the SQL itself, or @file."""
    if value and value.startswith("@"):
        with open(value[1:]) as f:
            return f.read()
    return value


def find_parse_anchor():
    folder = REPO
    while True:
        candidate = os.path.join(folder, "shared", "anchors", "parse")
        if os.path.exists(os.path.join(candidate, "bench.sh")):
            return candidate
        if os.path.dirname(folder) == folder:
            return None
        folder = os.path.dirname(folder)


def uptime():
    return subprocess.run(["uptime"], text=True, capture_output=True).stdout.strip()


def print_parse_table(results, parse):
    """OpsPlatform's medians beside Parse's figures of the same window (before and after), and their ratio."""
    before, after = parse.results.get("before", {}), parse.results.get("after", {})
    print("\nBeside Parse Server (same machine, same window; ratio = OpsPlatform req/s / mean of Parse before and after;\n"
          "Parse's SQL in pgbench = the statements Parse sent for one such request, run by pgbench on Parse's cluster)")
    print("| workload (Parse test) | Parse before req/s (p99 ms) | Parse after req/s (p99 ms) | Parse's SQL in pgbench tps "
          "| OpsPlatform endpoint | host | req/s | p99 ms | × Parse | target | × Parse's SQL in pgbench | pgbench tps "
          "| API / pgbench |")
    print("|---|---:|---:|---:|---|---|---:|---:|---:|---|---:|---:|---:|")

    def cell(r):
        if not r:
            return "n/a"
        note = " ⚠" if r["bad"] or r["flagged"] else ""
        return f"{r['rps']:.0f} ({r['p99_ms']:.1f}){note}"

    for endpoint, variant, runs, pgbench_runs in results:
        rps = median([r["rps"] for r in runs])
        p99 = median([r["p99_us"] for r in runs]) / 1000
        tps = median([p["tps"] for p in pgbench_runs]) if pgbench_runs else float("nan")
        for test in endpoint.parse_tests:
            parse_rps = [r["rps"] for r in (before.get(test), after.get(test)) if r]
            ratio = rps / statistics.mean(parse_rps) if parse_rps else float("nan")
            parse_sql = parse.sql_tps.get(test, float("nan"))
            print(f"| {PARSE_NAMES[test]} ({test}) | {cell(before.get(test))} | {cell(after.get(test))} | {parse_sql:.0f} | "
                  f"{endpoint.name} | {variant.name} | {rps:.0f} | {p99:.2f} | {ratio:.2f} | >= {PARSE_TARGETS[test]:g}× | "
                  f"{rps / parse_sql:.2f} | {tps:.0f} | {rps / tps:.2f} |")
    print("⚠: that Parse run had errors, non-2xx or a VM pause/steal flag (see its folder under <DIR>/results).")


def print_table(suite, args, results, variants):
    sync = "synchronous_commit=off" if args.no_sync else "fsync and synchronous_commit on (defaults)"
    print(f"\n{suite.DESCRIPTION}; {args.connections} connections, {args.threads} wrk threads, "
          f"medians of {args.runs} x {args.seconds} s per endpoint after {args.warmup} s warm-up; PostgreSQL 15, {sync}")
    for v in variants:
        print(f"host {v.name}: {os.path.relpath(v.dll, REPO)}, env {v.env or 'defaults'}, idle RSS {v.idle_rss:.0f} MB")
    print("| endpoint | host | req/s | p50 ms | p90 ms | p99 ms | errors + non-2xx | pgbench tps | API / pgbench "
          "| RSS peak MB | CPU ms/req: host + PG (pgbench PG) | target | met |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|")
    for endpoint, variant, runs, pgbench_runs in results:
        rps = median([r["rps"] for r in runs])
        p50 = median([r["p50_us"] for r in runs]) / 1000
        p90 = median([r["p90_us"] for r in runs]) / 1000
        p99 = median([r["p99_us"] for r in runs]) / 1000
        bad = sum(r["errors"] + r["non2xx"] for r in runs)
        tps = median([p["tps"] for p in pgbench_runs]) if pgbench_runs else float("nan")
        peak = max(r["rss_peak"] for r in runs)
        host_cpu = median([r["host_cpu_ms"] for r in runs])
        pg_cpu = median([r["pg_cpu_ms"] for r in runs])
        pgbench_cpu = median([p["pg_cpu_ms"] for p in pgbench_runs]) if pgbench_runs else float("nan")
        target = []
        met = peak <= 300 and bad == 0
        if endpoint.target_rps:
            target.append(f">= {endpoint.target_rps:.0f} req/s")
            met &= rps >= endpoint.target_rps
        if endpoint.target_p99_ms:
            target.append(f"p99 <= {endpoint.target_p99_ms:.0f} ms")
            met &= p99 <= endpoint.target_p99_ms
        target.append("RSS <= 300 MB")
        print(f"| {endpoint.name} | {variant.name} | {rps:.0f} | {p50:.2f} | {p90:.2f} | {p99:.2f} | {bad} | {tps:.0f} | "
              f"{rps / tps:.2f} | {peak:.0f} | {host_cpu:.3f} + {pg_cpu:.3f} ({pgbench_cpu:.3f}) | {', '.join(target)} | "
              f"{'yes' if met else 'no'}{' (errors: not a result)' if bad else ''} |")


if __name__ == "__main__":
    main()
