#!/usr/bin/env node
// A small static server for the release build, as a static host would serve it:
// files from dist/, precompressed .br/.gz when the browser accepts them, `/factors/config` from
// `factors/config.html` (as GitHub Pages does), and 404.html for anything else, also under a
// sub-path.
// Usage: node scripts/serve-dist.mjs [--dir dist] [--port 8080] [--base /] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const dir = resolve(args.dir ?? 'dist');
const port = Number(args.port ?? process.env.PORT ?? 8080);
const host = args.host ?? '127.0.0.1';
const base = ('/' + (args.base ?? '/').replace(/^\/+|\/+$/g, '') + '/').replace('//', '/');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.pdf': 'application/pdf', '.xml': 'application/xml; charset=utf-8',
};

async function file(path) {
  try { return (await stat(path)).isFile() ? path : null; } catch { return null; }
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base) && path + '/' !== base) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not under ' + base);
    return;
  }
  const rel = normalize(path.slice(base.length - 1)).replace(/^(\.\.[/\\])+/, '');
  let target = join(dir, rel);
  if (!target.startsWith(dir)) { res.writeHead(403).end(); return; }
  if (rel.endsWith('/')) target = join(target, 'index.html');
  let found = await file(target);
  // A folder without its trailing slash: redirect, as static hosts do.
  if (!found && !rel.endsWith('/') && await file(join(target, 'index.html'))) {
    res.writeHead(301, { location: path + '/' + url.search }).end();
    return;
  }
  let status = 200;
  // A page without its extension (/factors/config), or with a stray slash (/factors/config/).
  if (!found && !extname(rel) && !rel.endsWith('/')) found = await file(target + '.html');
  if (!found && rel.endsWith('/') && rel.length > 1 && await file(join(dir, rel.slice(0, -1) + '.html'))) {
    res.writeHead(301, { location: path.slice(0, -1) + url.search }).end();
    return;
  }
  if (!found) { status = 404; found = await file(join(dir, '404.html')); }
  if (!found) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
  const type = TYPES[extname(found)] ?? 'application/octet-stream';
  const accept = String(req.headers['accept-encoding'] ?? '');
  const headers = { 'content-type': type, 'vary': 'accept-encoding', 'cache-control': /\.html$|sw\.js$/.test(found) ? 'no-cache' : 'public, max-age=3600' };
  let body;
  for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (accept.includes(enc) && await file(found + ext)) { body = await readFile(found + ext); headers['content-encoding'] = enc; break; }
  }
  body ??= await readFile(found);
  res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
}).listen(port, host, () => console.log(`serving ${dir} at http://${host}:${port}${base}`));
