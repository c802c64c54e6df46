#!/usr/bin/env bash
# Set up (once) and run every test: format and lint gates, native, browser component tests in headless Chromium,
# the release build with its size report, and end-to-end tests in Chromium. The last lines
# are the end-to-end runner's own summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source .tools/env.sh
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints (cargo fmt, clippy with warnings as errors)"
cargo fmt --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
# The app's browser code, as it is built for the browser (when rustup provides the target).
if rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
fi

step "native tests (engine, lessons, app logic)"
cargo test --workspace --quiet

step "adding a lesson is one file: the app's tests again, with two lessons added to a copy of content/"
rehearsal="$(mktemp -d)"
TFP_ADD_LESSON_DIR="$rehearsal" cargo test --quiet -p tfp-lessons --test add_a_lesson writes_the_content_folder
TFP_CONTENT_DIR="$rehearsal" cargo test --quiet -p twelve-factor-playground --lib
rm -rf "$rehearsal"

step "browser component tests (wasm-bindgen-test in headless Chromium)"
cargo test --target wasm32-unknown-unknown --test browser

step "release build"
bash scripts/build.sh
PUBLIC_URL=/playground/ DIST=dist-sub bash scripts/build.sh >/dev/null

step "size report"
node scripts/size-report.mjs --dist dist

step "end-to-end tests (Playwright in Chromium, release build served by the workshop server on loopback)"
# The server with the built site inside it: one file serves it all.
PLAYGROUND_SITE="$PWD/dist" cargo build --release --quiet -p tfp-server
node --test --test-concurrency=1 --test-reporter=spec tests/e2e/
