#!/usr/bin/env bash
# Set up (once), build the release and serve it on 127.0.0.1:$PORT (default 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve-dist.mjs --dir dist --port "${PORT:-8080}" --base "${PUBLIC_URL:-/}"
