#!/usr/bin/env node
// Sizes of the release build: every file raw / gzip / brotli, and the first load
// (index.html plus the JS, wasm and CSS it loads). `--json FILE` also writes the figures.
// Library use: `import { sizes } from './size-report.mjs'`.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, extname, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const SKIP = new Set(['.br', '.gz']);

async function walk(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...await walk(p));
    else if (!SKIP.has(extname(p))) out.push(p);
  }
  return out;
}

/** Measure every file in `dist`; returns { files: [{file, raw, gzip, brotli, firstLoad}], firstLoad: {raw, gzip, brotli} }. */
export async function sizes(dist = 'dist') {
  const index = await readFile(join(dist, 'index.html'), 'utf8');
  const files = [];
  for (const f of (await walk(dist)).sort()) {
    const data = await readFile(f);
    const name = relative(dist, f);
    const ext = extname(f);
    const firstLoad = name === 'index.html' || (['.js', '.wasm', '.css'].includes(ext) && index.includes(name.split('/').pop()));
    files.push({
      file: name,
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      firstLoad,
    });
  }
  const sum = (k) => files.filter((f) => f.firstLoad).reduce((a, f) => a + f[k], 0);
  return { files, firstLoad: { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') } };
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv.includes('--dist') ? process.argv[process.argv.indexOf('--dist') + 1] : 'dist';
  const json = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : null;
  const s = await sizes(dist);
  console.log(`${'file'.padEnd(44)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'br KB'.padStart(8)}  first load`);
  for (const f of s.files) console.log(`${f.file.padEnd(44)} ${kb(f.raw)} ${kb(f.gzip)} ${kb(f.brotli)}  ${f.firstLoad ? 'yes' : ''}`);
  console.log(`${'FIRST LOAD (html + js + wasm + css)'.padEnd(44)} ${kb(s.firstLoad.raw)} ${kb(s.firstLoad.gzip)} ${kb(s.firstLoad.brotli)}`);
  if (json) await writeFile(json, JSON.stringify(s, null, 2));
}
