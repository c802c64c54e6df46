#!/usr/bin/env bash
# Load on the workshop server, beside a reference static server, in the same run: wrk (Debian's
# package) with 200 connections for 20 s on loopback against each, asking for the same page.
# Prints requests/s, p50 and p99 latency and errors, and writes bench-results/server.json.
# Usage: bash scripts/bench-server.sh [dist] [seconds]   (after a release build)
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${1:-dist}
SECONDS_EACH=${2:-20}
OUT=bench-results
mkdir -p "$OUT"
[ -f "$DIST/index.html" ] || { echo "bench-server: no build in $DIST; run bash scripts/build.sh" >&2; exit 1; }
if ! command -v wrk >/dev/null; then
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null; }
fi
PLAYGROUND_SITE="$(cd "$DIST" && pwd)" cargo build --release --quiet -p tfp-server
PAGE=/factors/config.html
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
P1=$(free_port); target/release/playground-server --dir "$DIST" --port "$P1" >/dev/null 2>&1 & S1=$!
P2=$(free_port); python3 -m http.server "$P2" --bind 127.0.0.1 --directory "$DIST" >/dev/null 2>&1 & S2=$!
trap 'kill $S1 $S2 2>/dev/null || true' EXIT
for p in "$P1" "$P2"; do
  for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$p$PAGE" && break; sleep 0.1; done
done
run() { # name port
  local out; out=$(wrk -t2 -c200 -d"${SECONDS_EACH}s" --latency "http://127.0.0.1:$2$PAGE" 2>&1)
  python3 - "$1" "$out" <<'PY'
import json, re, sys
name, out = sys.argv[1], sys.argv[2]
def ms(v):
    n, unit = re.match(r"([\d.]+)(us|ms|s)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
lat = {p: ms(v) for p, v in re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.M)}
sock = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
non2xx = int((re.search(r"Non-2xx or 3xx responses: (\d+)", out) or [0, 0])[1])
total = int(re.search(r"(\d+) requests in", out).group(1))
print(json.dumps({"server": name, "requests": total, "rps": rps, "p50_ms": lat.get("50"), "p99_ms": lat.get("99"), "errors": sock + non2xx}))
PY
}
echo "200 connections, ${SECONDS_EACH} s each, GET $PAGE on loopback (2 wrk threads)"
A=$(run "playground-server (this repo)" "$P1")
B=$(run "python3 -m http.server (reference)" "$P2")
python3 - "$A" "$B" "$OUT/server.json" <<'PY'
import json, sys
rows = [json.loads(sys.argv[1]), json.loads(sys.argv[2])]
print(f"{'server':38} {'req/s':>10} {'p50 ms':>9} {'p99 ms':>9} {'errors':>7}")
for r in rows:
    p50 = "-" if r["p50_ms"] is None else f"{r['p50_ms']:.2f}"
    p99 = "-" if r["p99_ms"] is None else f"{r['p99_ms']:.2f}"
    print(f"{r['server']:38} {r['rps']:>10.0f} {p50:>9} {p99:>9} {r['errors']:>7}")
json.dump(rows, open(sys.argv[3], "w"), indent=2)
PY
