#!/usr/bin/env bash
# Builds the bus benchmark in Release and runs it N times (default 3); each run prints its figures.
# Usage: bench/bus/run.sh [runs] [messages] [latency-samples] [--no-sync]
set -euo pipefail
cd "$(dirname "$0")"
dotnet build -c Release BusBench.csproj -nologo -v q
for run in $(seq 1 "${1:-3}"); do
  echo "--- run $run"
  dotnet bin/Release/net10.0/OpsPlatform.BusBench.dll "${2:-10000}" "${3:-500}" "${@:4}"
done
