#!/usr/bin/env python3
"""
The IT assets contention proof: 32 connections against ONE license and ONE asset, with many more attempts than there
is room for. Prints the responses by status and checks the stored rows by SQL afterwards; exits non-zero (and says
which rule broke) when a seat is over-allocated, an asset has two open assignments, an update is lost, or a response
is anything but the expected success or 409.

  python3 bench/it-assets/contention.py [--connections 32] [--seconds 3] [--races 19]

Same cluster, host and seed as the suite (bench/common/bench.py, it-assets-seed.sql): license 66666666-…1 has 60
seats owned, 10 in use (50 free); assets 77777777-…1..20 are in stock and ready.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import shutil

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
import bench  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
LICENSE = "66666666-0000-4000-8000-000000000001"
RACE_ASSET = "77777777-0000-4000-8000-{:012d}"
CHECK_OUT = '{"assignedTo":"99999999-0000-4000-8000-000000000002"}'


class Violation(Exception):
    pass


def check(condition, message):
    status = "ok  " if condition else "FAIL"
    print(f"  [{status}] {message}", flush=True)
    if not condition:
        raise Violation(message)


def storm(host, token, requests, seconds, connections, threads):
    """wrk with every connection on the same row, each request one of (path, body) at random; the responses by status."""
    env = {**os.environ, "BENCH_TOKEN": token, "BENCH_PATHS": "|".join(p for p, _ in requests),
           "BENCH_BODIES": "|".join(b for _, b in requests)}
    result = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "5s",
                             "-s", os.path.join(HERE, "contention.lua"), host.base + "/"],
                            env=env, text=True, capture_output=True, check=True)
    line = next((l for l in result.stdout.splitlines() if l.startswith("CONTENTION_JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no result:\n{result.stdout}\n{result.stderr}")
    r = json.loads(line[len("CONTENTION_JSON "):])
    r["counts"] = {int(k): v for k, v in r["counts"].items()}
    r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
    return r


def describe(r):
    by_status = ", ".join(f"{status}: {n}" for status, n in sorted(r["counts"].items()))
    return (f"{sum(r['counts'].values())} answered ({by_status}), socket errors {r['errors']}, "
            f"{r['rps']:.0f} req/s, p99 {r['p99_us'] / 1000:.1f} ms")


def only_statuses(r, allowed):
    others = {s: n for s, n in r["counts"].items() if s not in allowed}
    check(not others and r["errors"] == 0, f"every response is one of {sorted(allowed)} (others: {others or 'none'}, "
                                            f"socket errors: {r['errors']})")


def seat_race(cluster, host, token, args):
    print(f"\nSeats: {args.connections} connections assign seats of license {LICENSE} (60 owned, 10 in use) "
          f"for {args.seconds} s, each request for another user", flush=True)
    r = storm(host, token, [(f"/api/it-assets/licenses/{LICENSE}/seats", '{"userId":"{user}"}')], args.seconds,
              args.connections, args.threads)
    print("  " + describe(r), flush=True)
    bench.wait_until_quiet(cluster)
    owned, used, active, seats, keys = cluster.psql(
        "SELECT (l.data->>'SeatsOwned')::int, (l.data->>'SeatsUsed')::int, "
        "       count(*) FILTER (WHERE s.is_active AND (s.data->>'IsActive')::boolean), count(s.id), "
        "       count(DISTINCT s.active_holder_key) "
        f"FROM it_assets.mt_doc_software_license l LEFT JOIN it_assets.mt_doc_license_seat s ON s.license_id = l.id "
        f"WHERE l.id = '{LICENSE}' GROUP BY l.data", db="ops").split("|")
    owned, used, active, seats, keys = map(int, (owned, used, active, seats, keys))
    created = r["counts"].get(201, 0)
    print(f"  stored: seats owned {owned}, seats in use {used}, active seat documents {active} (10 seeded), "
          f"seat documents {seats}, distinct active holders {keys}", flush=True)
    only_statuses(r, {201, 409})
    check(sum(r["counts"].values()) > 50, f"more attempts than free seats ({sum(r['counts'].values())} > 50)")
    check(created == min(50, sum(r["counts"].values())), f"201s == min(50, attempts): {created}")
    check(used == active, f"seats in use on the license == active seat documents: {used} == {active}")
    check(active == 10 + created, f"active seat documents == 10 seeded + 201s: {active} == {10 + created}")
    check(seats == active, f"no seat document beyond the active ones (a refused request stored nothing): {seats} == {active}")
    check(keys == active, f"one active seat per holder: {keys} == {active}")
    check(used <= owned, f"seats in use never above seats owned: {used} <= {owned}")


def asset_state(cluster, asset):
    row = cluster.psql(
        "SELECT h.stage, h.data->>'Stage', coalesce(h.data->>'OpenAssignmentId', ''), "
        "       (SELECT count(*) FROM jsonb_array_elements(h.data->'History') e WHERE e->>'Kind' = 'CheckedOut'), "
        "       (SELECT count(*) FROM jsonb_array_elements(h.data->'History') e WHERE e->>'Kind' = 'CheckedIn'), "
        "       (SELECT count(*) FROM it_assets.mt_doc_assignment a WHERE a.hardware_id = h.id), "
        "       (SELECT count(*) FROM it_assets.mt_doc_assignment a WHERE a.hardware_id = h.id AND a.open_hardware_id IS NOT NULL), "
        "       (SELECT count(*) FROM it_assets.mt_doc_assignment a WHERE a.hardware_id = h.id AND (a.data->>'IsOpen')::boolean), "
        "       coalesce((SELECT string_agg(a.id::text, ',') FROM it_assets.mt_doc_assignment a "
        "                 WHERE a.hardware_id = h.id AND a.open_hardware_id IS NOT NULL), '') "
        f"FROM it_assets.mt_doc_hardware h WHERE h.id = '{asset}'", db="ops").split("|")
    keys = ["stage", "data_stage", "open_assignment", "checked_out", "checked_in", "assignments", "open_column", "open_flag", "open_ids"]
    state = dict(zip(keys, row))
    for k in ["checked_out", "checked_in", "assignments", "open_column", "open_flag"]:
        state[k] = int(state[k])
    return state


def check_asset(state, outs, ins):
    open_now = outs - ins
    check(open_now in (0, 1), f"successful check-outs - check-ins is 0 or 1: {outs} - {ins}")
    check(state["open_column"] == open_now and state["open_flag"] == open_now,
          f"open assignments (open_hardware_id set / IsOpen) == {open_now}: {state['open_column']} / {state['open_flag']}")
    check(state["assignments"] == outs, f"assignment documents == successful check-outs: {state['assignments']} == {outs}")
    check(state["checked_out"] == outs and state["checked_in"] == ins,
          f"the asset's history holds every success, no more (no lost update): CheckedOut {state['checked_out']} == {outs}, "
          f"CheckedIn {state['checked_in']} == {ins}")
    expected_stage = "Deployed" if open_now else "InStock"
    check(state["stage"] == state["data_stage"] == expected_stage, f"stage {expected_stage}: {state['stage']} / {state['data_stage']}")
    check(state["open_assignment"] == state["open_ids"],
          f"the asset's OpenAssignmentId is its open assignment: '{state['open_assignment']}' == '{state['open_ids']}'")


def checkout_races(cluster, host, token, args):
    print(f"\nOne asset: {args.races} races of {args.connections} connections checking out the same asset in stock "
          f"(1 s each, a new asset each time)", flush=True)
    totals = {}
    for k in range(1, args.races + 1):
        asset = RACE_ASSET.format(k)
        r = storm(host, token, [(f"/api/it-assets/hardware/{asset}/check-out", CHECK_OUT)], 1,
                  args.connections, args.threads)
        for s, n in r["counts"].items():
            totals[s] = totals.get(s, 0) + n
        bench.wait_until_quiet(cluster)
        state = asset_state(cluster, asset)
        print(f"  race {k}: {describe(r)}", flush=True)
        only_statuses(r, {201, 409})
        check(r["counts"].get(201, 0) == 1, f"exactly one check-out succeeded: {r['counts'].get(201, 0)}")
        check_asset(state, 1, 0)
    print(f"  all races: {totals}", flush=True)

    asset = RACE_ASSET.format(20)  # still in stock: the races use 1..19
    before = asset_state(cluster, asset)
    print(f"\nOne asset, check-out and check-in mixed: {args.connections} connections for {args.seconds} s on {asset}, "
          f"each request a check-out or a check-in at random", flush=True)
    r = storm(host, token, [(f"/api/it-assets/hardware/{asset}/check-out", CHECK_OUT), (f"/api/it-assets/hardware/{asset}/check-in", "{}")],
              args.seconds, args.connections, args.threads)
    print("  " + describe(r), flush=True)
    bench.wait_until_quiet(cluster)
    state = asset_state(cluster, asset)
    only_statuses(r, {200, 201, 409})
    outs = before["checked_out"] + r["counts"].get(201, 0)
    ins = before["checked_in"] + r["counts"].get(200, 0)
    check(r["counts"].get(201, 0) > 1, f"the storm checked the asset out more than once: {r['counts'].get(201, 0)}")
    check_asset(state, outs, ins)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=3, help="length of the seat run and of the check-out/check-in storm")
    parser.add_argument("--races", type=int, default=19, help="same-asset check-out races (at most 19; asset 20 is the storm's)")
    args = parser.parse_args()
    args.races = max(1, min(args.races, 19))
    run_proof("ops-bench-contention-", os.path.join(HERE, "it-assets-seed.sql"),
              lambda cluster, host, token: (seat_race(cluster, host, token, args), checkout_races(cluster, host, token, args)),
              "Contention checks passed: no seat over-allocated, one open assignment per asset, no lost update.")


def run_proof(prefix, seed_sql, proof, passed):
    """A private cluster and Release host with the seed, signed in as the manager; runs proof(cluster, host, token),
    stops everything, keeps the host log and exits non-zero when a check failed."""
    work = tempfile.mkdtemp(prefix=prefix)
    cluster = bench.Cluster()
    host = None
    failed = None
    try:
        cluster.start()
        host = bench.Host(cluster, {}, work, bench.HOST_DLL, "A")
        host.start()
        cluster.psql(file=seed_sql, db="ops")
        cluster.psql("VACUUM ANALYZE", db="ops")
        try:
            proof(cluster, host, host.login("manager@ops.local"))
        except Violation as v:
            failed = str(v)
    finally:
        if host:
            host.stop()
        cluster.stop()
        if failed:
            print(f"\nhost log kept: {host.log_path if host else work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    if failed:
        sys.exit(f"\nCONTENTION CHECK FAILED: {failed}")
    print("\n" + passed)

if __name__ == "__main__":
    main()
