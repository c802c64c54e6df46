#!/usr/bin/env bash
# Release build into dist/ (or $DIST). PUBLIC_URL sets the sub-path the site is served under.
set -euo pipefail
cd "$(dirname "$0")/.."
source .tools/env.sh
PUBLIC_URL=${PUBLIC_URL:-/}
DIST=${DIST:-dist}
trunk build --release --public-url "$PUBLIC_URL" --dist "$DIST"
# Lesson bodies are data files fetched on demand, named as build.rs compiled them in.
cargo run --quiet -p tfp-lessons --example export -- "$DIST/lessons"
node scripts/postbuild.mjs --dist "$DIST" --public-url "$PUBLIC_URL"
