#!/usr/bin/env bash
# Set up (once), build the release and serve it with the workshop server (crates/server):
# http://127.0.0.1:$PORT/ (default 8080); HOST=0.0.0.0 serves the room and prints the
# addresses and a QR code; PUBLIC_URL serves it under a sub-path.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
# The server with the site inside it: target/release/playground-server is then all a room needs.
PLAYGROUND_SITE="$PWD/dist" cargo build --release --quiet -p tfp-server
exec target/release/playground-server
