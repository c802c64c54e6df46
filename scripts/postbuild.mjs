#!/usr/bin/env node
// After the Trunk builds: what a static host needs beyond them.
// - the Content-Security-Policy in every page (the static pages are written before this by
//   `cargo run -p tfp-lessons --example prerender`);
// - a copy of its bundle's page at every address the app draws from it alone (embed/<slug>/,
//   present/<slug>/, handout/, progress/), from the route table in catalogue.json.
// The service worker and the precompressed files are written last, by offline.mjs.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { walk } from './files.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const dist = args.dist ?? 'dist';

// The lessons and the route table, as the prerender exported them from the content and the
// engine (never a list kept here).
const CATALOGUE = JSON.parse(await readFile(join(dist, 'catalogue.json'), 'utf8'));

// Content-Security-Policy: only the site's own scripts and wasm, plus the one inline module
// script Trunk writes (allowed by its hash). Added to every page before anything else runs.
const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
async function addCsp(file) {
  let html = await readFile(file, 'utf8');
  // Inline scripts that run (not data blocks such as JSON-LD or a lesson's data).
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\btype="(?!module")[^"]*"/.test(m[1])).map((m) => sha(m[2]));
  const csp = ["default-src 'self'", `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(), "style-src 'self'",
    "img-src 'self' data:", "connect-src 'self'", "worker-src 'self'", "manifest-src 'self'", "object-src 'none'",
    "base-uri 'self'", "form-action 'none'"].join('; ');
  html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '').replace('<head>', `<head>\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);
  await writeFile(file, html);
}

/** Every file below `dir`, with its path. */
// Every page the builds and the prerender wrote (the copies below are made from these).
const PAGES = (await walk(dist)).filter((f) => f.endsWith('.html') && !f.includes(`${join(dist, 'og')}/`));
for (const page of PAGES) await addCsp(page);

// The pages the app draws from its bundle's page alone (embeds, presenter mode, the handout,
// progress): a copy of that page at each address the route table gives.
const copies = CATALOGUE.routes.filter((r) => !r.prerendered && r.file !== r.template);
for (const r of copies) {
  await mkdir(dirname(join(dist, r.file)), { recursive: true });
  await writeFile(join(dist, r.file), await readFile(join(dist, r.template)));
}

console.log(`postbuild: CSP on ${PAGES.length} pages, ${copies.length} pages copied from their bundles`);
