#!/usr/bin/env bash
# Release build into dist/ (or $DIST): six bundles, each with its own small first load:
#   index.html          the home page and the twelve lessons (static pages, made live in place)
#   sandbox/index.html  the chaos sandbox
#   practice/           missions (served at missions/…) and incident drills (drills/)
#   embed/<slug>/       one lesson's simulation, for embedding in other sites
#   presenter/          presenter mode, served at present/<slug>/
#   tools/              the session builder (workshop/), the speaker view (speaker/<slug>/),
#                       the printable handout (handout/) and progress export, import and
#                       reset (progress/)
# PUBLIC_URL is the path the site is served under (default /); SITE_URL its full address,
# used in the oEmbed answers and link previews (default http://127.0.0.1:8080$PUBLIC_URL).
set -euo pipefail
cd "$(dirname "$0")/.."
source .tools/env.sh
PUBLIC_URL=${PUBLIC_URL:-/}
[[ $PUBLIC_URL == */ ]] || PUBLIC_URL="$PUBLIC_URL/"
DIST=${DIST:-dist}
SITE_URL=${SITE_URL:-http://127.0.0.1:${PORT:-8080}${PUBLIC_URL}}
trunk build --release --public-url "$PUBLIC_URL" --dist "$DIST" index.html
trunk build --release --public-url "${PUBLIC_URL}sandbox/" --dist "$DIST/sandbox" sandbox.html
trunk build --release --public-url "${PUBLIC_URL}practice/" --dist "$DIST/practice" practice.html
trunk build --release --public-url "${PUBLIC_URL}embed/" --dist "$DIST/embed" embed.html
trunk build --release --public-url "${PUBLIC_URL}tools/" --dist "$DIST/tools" tools.html
trunk build --release --public-url "${PUBLIC_URL}presenter/" --dist "$DIST/presenter" presenter.html
# The static pages (home, lessons, 404, sandbox, missions, drills), sitemap.xml, robots.txt,
# written from the Trunk-built pages; and the lesson data files fetched on demand (embeds,
# presenter), named as build.rs compiled them in.
cargo run --quiet -p tfp-lessons --example prerender -- "$DIST" "$PUBLIC_URL" "$SITE_URL"
node scripts/postbuild.mjs --dist "$DIST" --public-url "$PUBLIC_URL"
# Link-preview images, from the built lessons themselves (in Chromium), served by the
# workshop server (crates/server) as the tests serve them.
cargo build --release --quiet -p tfp-server
node scripts/og-images.mjs --dist "$DIST" --public-url "$PUBLIC_URL"
# Last, when every file is there: the service worker's precache list and the precompressed files.
node scripts/offline.mjs --dist "$DIST"
