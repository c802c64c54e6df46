#!/usr/bin/env node
// The last step of the build, once every file is written (the preview images and the handout's
// drawings too): the service worker, which precaches every page and file a visitor may need
// offline, and precompressed .br and .gz next to every text and wasm file.
// node scripts/offline.mjs --dist dist
import { readFile, writeFile } from 'node:fs/promises';
import { join, extname, basename } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';
import { walk } from './files.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const dist = args.dist ?? 'dist';
const CATALOGUE = JSON.parse(await readFile(join(dist, 'catalogue.json'), 'utf8'));

// The service worker: precache every page and file of this build under a versioned cache,
// each page by its address (the route table's path; the home page as `./`).
const ADDRESS = new Map(CATALOGUE.routes.filter((r) => r.path !== '404.html').map((r) => [r.file, r.path === '' ? './' : r.path]));
const all = (await walk(dist)).filter((f) => !/\.(br|gz)$/.test(f) && basename(f) !== 'sw.js').sort();
// Not the files only other sites read: oEmbed, preview images, the sitemap. The handout's
// drawings (og/<slug>-picture.html, es/og/…) are for visitors, so they stay. Nor the languages no one
// is offered (the pseudo-locale the tests use).
const hidden = CATALOGUE.languages.filter((l) => !l.offered).map((l) => `${l.prefix.slice(1)}/`);
const folders = CATALOGUE.languages.map((l) => l.prefix.slice(1)).filter(Boolean);
const cached = all.filter((f) => {
  const rel = f.slice(dist.length + 1).replaceAll('\\', '/');
  // Each language has its own oEmbed answers and preview images, in its folder.
  const inner = folders.reduce((r, folder) => (r.startsWith(`${folder}/`) ? r.slice(folder.length + 1) : r), rel);
  return !inner.startsWith('oembed/') && !/^og\/.*\.png$/.test(inner) && !['robots.txt', 'sitemap.xml', 'catalogue.json'].includes(rel)
    && !hidden.some((h) => rel.startsWith(h)) && !CATALOGUE.languages.some((l) => !l.offered && rel === l.pack);
});
// The cache's version: a digest of everything in it.
const version = createHash('sha256');
for (const f of cached) version.update(f).update(await readFile(f));
const precache = cached.map((f) => f.slice(dist.length + 1).replaceAll('\\', '/')).map((f) => ADDRESS.get(f) ?? f);
const sw = (await readFile('scripts/sw-template.js', 'utf8')).replace('__VERSION__', version.digest('hex').slice(0, 16)).replace('__PRECACHE__', JSON.stringify(precache));
await writeFile(join(dist, 'sw.js'), sw);

const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.webmanifest', '.txt', '.xml']);
let n = 0;
for (const f of await walk(dist)) {
  if (!COMPRESS.has(extname(f))) continue;
  const data = await readFile(f);
  await writeFile(f + '.br', brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
  await writeFile(f + '.gz', gzipSync(data, { level: 9 }));
  n++;
}
console.log(`offline: service worker precaching ${precache.length} files; ${n} files precompressed (.br, .gz)`);
