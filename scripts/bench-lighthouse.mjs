#!/usr/bin/env node
// Lighthouse (mobile preset) against the release build served on loopback, in Debian's
// Chromium: three runs per page, and the median of each figure. Prints the four category
// scores and FCP, LCP, TBT, CLS per page, with the goals. Usage: [--runs 3] [--json file] [--only home,lesson] [--why]
// (--why prints each run's largest-paint element and the phases of its time)
import { writeFile, readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from '../tests/e2e/helpers.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const RUNS = Number(arg('--runs', 3));
const PAGES = [['home', '/'], ['lesson', '/factors/config'], ['sandbox', '/sandbox/']];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await serve(arg('--dist', 'dist'), '/');
const results = {};
try {
  for (const [name, path] of PAGES.filter(([n]) => !arg('--only') || arg('--only').split(',').includes(n))) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const dir = await mkdtemp(join(tmpdir(), 'lh-'));
      const out = join(dir, 'report.json');
      execFileSync('node_modules/.bin/lighthouse', [server.url + path, '--quiet', '--output=json', `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run --user-data-dir=${dir}/profile`],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'] });
      const lhr = JSON.parse(await readFile(out, 'utf8'));
      const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const audit = (a) => lhr.audits[a]?.numericValue ?? NaN;
      runs.push({
        performance: score('performance'), accessibility: score('accessibility'), best_practices: score('best-practices'), seo: score('seo'),
        fcp_ms: Math.round(audit('first-contentful-paint')), lcp_ms: Math.round(audit('largest-contentful-paint')),
        tbt_ms: Math.round(audit('total-blocking-time')), cls: +audit('cumulative-layout-shift').toFixed(3),
        // Which element was the largest paint, and how its time splits (what to work on).
        lcp_element: lhr.audits['lcp-breakdown-insight']?.details?.items?.find((i) => i.type === 'node')?.selector ?? '?',
        lcp_phases: Object.fromEntries((lhr.audits['lcp-breakdown-insight']?.details?.items?.find((i) => i.type === 'table')?.items ?? []).map((p) => [p.subpart, Math.round(p.duration)])),
        long_tasks: (lhr.audits['long-tasks']?.details?.items ?? []).map((t) => `${Math.round(t.duration)} ms ${String(t.url).split('/').pop()}`),
      });
    }
    const r = Object.fromEntries(Object.keys(runs[0]).filter((k) => !['lcp_element', 'lcp_phases', 'long_tasks'].includes(k)).map((k) => [k, median(runs.map((x) => x[k]))]));
    r.runs = runs;
    results[name] = r;
    console.log(`${name.padEnd(8)} perf ${r.performance} (runs ${runs.map((x) => x.performance).join('/')}) a11y ${r.accessibility} best ${r.best_practices} seo ${r.seo} | FCP ${r.fcp_ms} ms, LCP ${r.lcp_ms} ms (${runs.map((x) => x.lcp_ms).join('/')}), TBT ${r.tbt_ms} ms (${runs.map((x) => x.tbt_ms).join('/')}), CLS ${r.cls}`);
    if (process.argv.includes('--why')) for (const x of runs) console.log(`         LCP ${x.lcp_ms} ms: ${x.lcp_element} ${JSON.stringify(x.lcp_phases)}; long tasks: ${x.long_tasks.join(', ') || 'none'}`);
  }
  console.log(`medians of ${RUNS} runs; goals: performance 100 (never below 98), accessibility 100, best practices 100; LCP ≤ 1.2 s, TBT ≤ 50 ms, CLS ≤ 0.01`);
} finally {
  server.close();
}
const json = arg('--json', null);
if (json) await writeFile(json, JSON.stringify(results, null, 2));
