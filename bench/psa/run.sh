#!/usr/bin/env bash
# The PSA benchmark: bash bench/psa/run.sh [bench.py options, e.g. --runs 5 --only "task board (one project, page of 50)"]
# See bench/README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/../common/prepare.sh"
exec python3 "$here/../common/bench.py" "$here/psa.py" "$@"
