#!/usr/bin/env bash
# The janitorial benchmark (issue 4): bash bench/janitorial/run.sh [bench.py options]. See bench/README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/../common/prepare.sh"
exec python3 "$here/../common/bench.py" "$here/janitorial.py" "$@"
