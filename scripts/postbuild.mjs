#!/usr/bin/env node
// After `trunk build`: what a static host needs beyond Trunk's output.
// - 404.html (a copy of index.html) so hosts like GitHub Pages serve deep links;
// - precompressed .br and .gz next to every text and wasm file.
import { readdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const dist = args.dist ?? 'dist';

await copyFile(join(dist, 'index.html'), join(dist, '404.html'));

const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.webmanifest', '.txt']);
async function walk(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...await walk(p));
    else out.push(p);
  }
  return out;
}
let n = 0;
for (const f of await walk(dist)) {
  if (!COMPRESS.has(extname(f))) continue;
  const data = await readFile(f);
  await writeFile(f + '.br', brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
  await writeFile(f + '.gz', gzipSync(data, { level: 9 }));
  n++;
}
console.log(`postbuild: 404.html written, ${n} files precompressed (.br, .gz)`);
