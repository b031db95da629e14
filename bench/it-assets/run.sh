#!/usr/bin/env bash
# The IT assets benchmark: bash bench/it-assets/run.sh [bench.py options, e.g. --runs 5 --only "check out hardware"]
# See bench/README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/../common/prepare.sh"
exec python3 "$here/../common/bench.py" "$here/it_assets.py" "$@"
