#!/usr/bin/env node
// Frame times in Chromium with at least 100 animated entities (instances and requests in
// flight) in the sandbox at 3x speed. Prints and returns figures; asserts nothing.
// Usage: node scripts/bench-frames.mjs [--json FILE]   (expects dist/ built)
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { serve, launch, newPage, appReady } from '../tests/e2e/helpers.mjs';

export async function frames() {
  const server = await serve('dist', '/');
  const browser = await launch();
  try {
    const page = await newPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/sandbox/?v=000`);
    await appReady(page);
    await page.check('[data-sim-control="speed-3"]');
    for (let i = 0; i < 97; i++) await page.click('[data-sim-action="scale-out"]');
    await page.click('[data-sim-action="spike"]');
    const entities = async () => page.evaluate(() => document.querySelectorAll('.nodes .node').length + ((document.querySelector('.dots')?.getAttribute('d') ?? '').match(/M/g) ?? []).length);
    let n = 0;
    for (let i = 0; i < 40 && n < 100; i++) { await page.waitForTimeout(250); n = await entities(); }
    // Frame intervals, and the app's own work per frame: this probe's callback runs right after
    // the app's in each frame, so now − the frame's start is the time the app's frame took.
    const { intervals, work } = await page.evaluate(() => new Promise((done) => {
      const intervals = [], work = [];
      let last = performance.now();
      const end = last + 5000;
      const tick = (t) => { intervals.push(t - last); work.push(performance.now() - t); last = t; if (t < end) requestAnimationFrame(tick); else done({ intervals, work }); };
      requestAnimationFrame(tick);
    }));
    const result = intervals;
    const sorted = [...result].sort((a, b) => a - b);
    const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
    const w = [...work].sort((a, b) => a - b);
    const wp = (p) => w[Math.min(w.length - 1, Math.floor((p / 100) * w.length))];
    const longTasks = await page.evaluate(() => performance.getEntriesByType('longtask')?.length ?? 0);
    return { entities: n, frames: result.length, p50_ms: +pct(50).toFixed(2), p95_ms: +pct(95).toFixed(2), max_ms: +sorted[sorted.length - 1].toFixed(2), app_work_p50_ms: +wp(50).toFixed(2), app_work_p95_ms: +wp(95).toFixed(2), long_tasks: longTasks };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const f = await frames();
  console.log(`frame time with ${f.entities} animated entities: p50 ${f.p50_ms} ms, p95 ${f.p95_ms} ms, max ${f.max_ms} ms over ${f.frames} frames (goal: p95 ≤ 16.7 ms)`);
  console.log(`the app's script work per frame: p50 ${f.app_work_p50_ms} ms, p95 ${f.app_work_p95_ms} ms`);
  const json = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : null;
  if (json) await writeFile(json, JSON.stringify(f, null, 2));
}
