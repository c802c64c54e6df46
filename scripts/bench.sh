#!/usr/bin/env bash
# The benchmark: builds the release, then prints and records (bench-results/bench.json)
#   - every output file raw / gzip / brotli and each bundle's first load;
#   - the engine's step timings and steady-state allocations (native, release);
#   - the p95 frame time in Chromium with 100+ animated entities;
#   - Lighthouse (mobile preset, Debian's Chromium, loopback) on the home page, a lesson and
#     the sandbox: the four category scores and FCP, LCP, TBT, CLS;
#   - the workshop server under load (wrk, 200 connections, 20 s) beside Python's http.server.
# Times are printed, never asserted (this machine's timings jitter); sizes are asserted by tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source .tools/env.sh
OUT=bench-results
mkdir -p "$OUT"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "release build"
bash scripts/build.sh >/dev/null
PLAYGROUND_SITE="$PWD/dist" cargo build --release --quiet -p tfp-server
step "sizes"
node scripts/size-report.mjs --dist dist --json "$OUT/sizes.json"
step "engine step timings"
cargo bench --quiet -p tfp-engine --bench step -- --json "$PWD/$OUT/engine.json"
step "frame time in Chromium"
node scripts/bench-frames.mjs --json "$OUT/frames.json"
step "Lighthouse (mobile)"
LIGHTHOUSE_VERSION=13.5.0
if [ ! -x node_modules/.bin/lighthouse ]; then
  npm install --no-save --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION"
fi
node scripts/bench-lighthouse.mjs --json "$OUT/lighthouse.json"
step "the workshop server under load, beside a reference server"
bash scripts/bench-server.sh dist 20
node -e '
const fs = require("fs"); const r = (f) => JSON.parse(fs.readFileSync("'"$OUT"'/" + f));
fs.writeFileSync("'"$OUT"'/bench.json", JSON.stringify({ sizes: r("sizes.json").entries, engine: r("engine.json"), frames: r("frames.json"), lighthouse: r("lighthouse.json"), server: r("server.json") }, null, 2));
console.log("\nwrote '"$OUT"'/bench.json");'
