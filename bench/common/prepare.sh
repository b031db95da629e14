#!/usr/bin/env bash
# What every suite's run.sh does first: make sure wrk, pgbench and the PostgreSQL server binaries are there, then
# build Host.Api in Release (the build the figures are for).
set -euo pipefail
cd "$(dirname "$0")/../.."
pg_bin="${OPS_PG_BIN:-/usr/lib/postgresql/15/bin}"
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -x "$pg_bin/pgbench" ] && [ -x "$pg_bin/initdb" ] || missing+=(postgresql postgresql-contrib)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}" >&2
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
dotnet build src/Host.Api/Host.Api.csproj -c Release -nologo -v q -clp:ErrorsOnly
