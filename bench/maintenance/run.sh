#!/usr/bin/env bash
# The maintenance benchmark: bash bench/maintenance/run.sh [bench.py options, e.g. --runs 5 --only "get work order"]
# SUITE=equipment runs the equipment endpoints (100,000 rows) instead of the work orders. See bench/README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/../common/prepare.sh"
exec python3 "$here/../common/bench.py" "$here/${SUITE:-work_orders}.py" "$@"
