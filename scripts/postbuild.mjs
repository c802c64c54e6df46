#!/usr/bin/env node
// After the Trunk builds: what a static host needs beyond them.
// - the Content-Security-Policy in every page (the static pages are written before this by
//   `cargo run -p tfp-lessons --example prerender`);
// - a copy of its bundle's page at every address the app draws from it alone (embed/<slug>/,
//   present/<slug>/, handout/, progress/), from the route table in catalogue.json;
// - oembed/<slug>.json (type "rich"), discoverable from each lesson page.
// The service worker and the precompressed files are written last, by offline.mjs.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { walk } from './files.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const dist = args.dist ?? 'dist';
const site = (args['site-url'] ?? 'http://127.0.0.1:8080/').replace(/\/?$/, '/');

// The lessons and the route table, as the prerender exported them from the content and the
// engine (never a list kept here).
const CATALOGUE = JSON.parse(await readFile(join(dist, 'catalogue.json'), 'utf8'));
const LESSONS = CATALOGUE.lessons;

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
await mkdir(join(dist, 'oembed'), { recursive: true });
// Each embed's measured height at a typical column width (see scripts/measure-embeds.mjs).
const EMBEDS = JSON.parse(await readFile('content/embed-heights.json', 'utf8'));
const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
for (const { slug, number, title, embed } of LESSONS) {
  const src = `${site}${embed}`;
  const height = EMBEDS.heights[slug] ?? 1600;
  const html = `<iframe src="${esc(src)}" title="${esc(`Twelve-Factor Playground: ${number}. ${title}`)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe><script src="${esc(site)}embed.js" async></script>`;
  const oembed = {
    version: '1.0', type: 'rich', provider_name: 'Twelve-Factor Playground', provider_url: site,
    title: `${number}. ${title}: an interactive Twelve-Factor lesson`, html, width: EMBEDS.width, height,
  };
  await writeFile(join(dist, 'oembed', `${slug}.json`), JSON.stringify(oembed, null, 2));
}

console.log(`postbuild: CSP on ${PAGES.length} pages, ${copies.length} pages copied from their bundles, ${LESSONS.length} oEmbed files written; site ${site}`);
