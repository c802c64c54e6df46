#!/usr/bin/env node
// Sizes of the release build: every file raw / gzip / brotli, and the first load of each
// bundle (its HTML plus the JS, wasm and CSS that HTML loads). `--json FILE` writes figures.
// Library use: `import { sizes } from './size-report.mjs'`.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, extname, relative, dirname, basename } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { pathToFileURL } from 'node:url';

/** The bundles: each entry page and what it is. */
export const ENTRIES = [
  ['index.html', 'home and lessons'],
  ['sandbox/index.html', 'chaos sandbox'],
  ['practice/index.html', 'missions and drills'],
  ['embed/index.html', 'embedded lesson'],
  ['presenter/index.html', 'presenter mode'],
  ['tools/index.html', 'workshop and progress tools'],
];

async function walk(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    // Per-lesson embed and presenter pages, handout/ and progress/ are copies of an entry page.
    if (e.isDirectory() && !dir.endsWith('embed') && !['present', 'handout', 'progress'].includes(e.name)) out.push(...await walk(p));
    else if (e.isFile() && !['.br', '.gz'].includes(extname(p))) out.push(p);
  }
  return out;
}

const measure = (data) => ({
  raw: data.length,
  gzip: gzipSync(data, { level: 9 }).length,
  brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** Measure `dist`: { files: [{file, raw, gzip, brotli}], entries: [{entry, what, files, raw, gzip, brotli}], firstLoad } */
export async function sizes(dist = 'dist') {
  const files = [];
  for (const f of (await walk(dist)).sort()) files.push({ file: relative(dist, f), ...measure(await readFile(f)) });
  const entries = [];
  for (const [entry, what] of ENTRIES) {
    const html = await readFile(join(dist, entry), 'utf8');
    const dir = dirname(entry) === '.' ? '' : dirname(entry) + '/';
    const parts = files.filter((f) => f.file === entry || (f.file.startsWith(dir) && !f.file.slice(dir.length).includes('/')
      && ['.js', '.wasm', '.css'].includes(extname(f.file)) && html.includes(basename(f.file))));
    const sum = (k) => parts.reduce((a, f) => a + f[k], 0);
    entries.push({ entry, what, files: parts.map((f) => f.file), raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') });
  }
  return { files, entries, firstLoad: entries[0] };
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv.includes('--dist') ? process.argv[process.argv.indexOf('--dist') + 1] : 'dist';
  const json = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : null;
  const s = await sizes(dist);
  console.log(`${'file'.padEnd(48)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}`);
  for (const f of s.files.filter((f) => !f.file.startsWith('lessons/') && !/(^|\/)oembed\//.test(f.file))) console.log(`${f.file.padEnd(48)} ${kb(f.raw)} ${kb(f.gzip)} ${kb(f.brotli)}`);
  const group = (pattern, label) => {
    const g = s.files.filter((f) => pattern.test(f.file));
    console.log(`${`${label} (${g.length} files, total)`.padEnd(48)} ${kb(g.reduce((a, f) => a + f.raw, 0))} ${kb(g.reduce((a, f) => a + f.gzip, 0))} ${kb(g.reduce((a, f) => a + f.brotli, 0))}`);
  };
  group(/^lessons\//, 'lessons/*.txt, fetched per lesson');
  group(/(^|\/)oembed\//, 'oembed/*.json, every language');
  console.log('');
  for (const e of s.entries) console.log(`${`FIRST LOAD ${e.entry} (${e.what})`.padEnd(48)} ${kb(e.raw)} ${kb(e.gzip)} ${kb(e.brotli)}`);
  if (json) await writeFile(json, JSON.stringify(s, null, 2));
}
