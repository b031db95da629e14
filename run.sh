#!/usr/bin/env bash
# Starts the API and the admin UI on an embedded PostgreSQL, showing the restore and build as they happen
# (plain `dotnet run` is silent until the host prints its banner). Extra arguments go to the host.
set -euo pipefail
cd "$(dirname "$0")"
[ -d src/Host.Api/bin ] || echo "First start: restoring packages and building every project (about 2 minutes on a 2-core machine)..."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run --project src/Host.Api --verbosity minimal -- "$@"
