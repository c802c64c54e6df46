#!/usr/bin/env node
// Lighthouse (mobile preset) against the release build served on loopback, in Debian's
// Chromium. Prints the four category scores and FCP, LCP, TBT, CLS per page, with the goals.
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from '../tests/e2e/helpers.mjs';

const PAGES = [['home', '/'], ['lesson', '/factors/config'], ['sandbox', '/sandbox/']];
const server = await serve('dist', '/');
const results = {};
try {
  for (const [name, path] of PAGES) {
    const dir = await mkdtemp(join(tmpdir(), 'lh-'));
    const out = join(dir, 'report.json');
    execFileSync('node_modules/.bin/lighthouse', [server.url + path, '--quiet', '--output=json', `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run --user-data-dir=${dir}/profile`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'] });
    const lhr = JSON.parse(await (await import('node:fs/promises')).readFile(out, 'utf8'));
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    const audit = (a) => lhr.audits[a]?.numericValue ?? NaN;
    results[name] = {
      performance: score('performance'), accessibility: score('accessibility'), best_practices: score('best-practices'), seo: score('seo'),
      fcp_ms: Math.round(audit('first-contentful-paint')), lcp_ms: Math.round(audit('largest-contentful-paint')),
      tbt_ms: Math.round(audit('total-blocking-time')), cls: +audit('cumulative-layout-shift').toFixed(3),
    };
    const r = results[name];
    console.log(`${name.padEnd(8)} perf ${r.performance} a11y ${r.accessibility} best ${r.best_practices} seo ${r.seo} | FCP ${r.fcp_ms} ms, LCP ${r.lcp_ms} ms, TBT ${r.tbt_ms} ms, CLS ${r.cls}`);
  }
  console.log('goals: performance ≥ 95, accessibility 100, best practices 100; TBT ≤ 50 ms, CLS ≤ 0.02, LCP ≤ 1.8 s');
} finally {
  server.close();
}
const json = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : null;
if (json) await writeFile(json, JSON.stringify(results, null, 2));
