#!/usr/bin/env bash
# The files benchmark: bash bench/files/run.sh [--store local|s3] [--small-runs N] [--large-runs N]. See README.md beside it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
pg_bin="${OPS_PG_BIN:-/usr/lib/postgresql/15/bin}"
missing=()
command -v curl >/dev/null || missing+=(curl)
[ -x "$pg_bin/initdb" ] || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}" >&2
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
dotnet build src/Host.Api/Host.Api.csproj -c Release -nologo -v q -clp:ErrorsOnly
exec python3 "$here/files_bench.py" "$@"
