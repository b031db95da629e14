#!/usr/bin/env bash
# Runs every test, also on a fresh machine: first installs what is missing (Debian's chromium for the UI tests, the
# PostgreSQL server binaries for the embedded test cluster, npm for the S3 and SMTP test servers), then `dotnet test` over the solution.
# Extra arguments go to dotnet test, e.g. ./test.sh --filter "FullyQualifiedName~Psa".
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v npm >/dev/null 2>&1 || missing+=(npm) # the S3 and SMTP test servers (s3rver, smtp-server) come from npm
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing the Debian packages ${missing[*]} (once)..."
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet test OpsPlatform.sln "$@"
