// The picture is legible everywhere: at 360, 390, 768, 1280 and 1920 px, light and dark,
// every lesson in its broken state and the sandbox under chaos. No horizontal overflow;
// every text of the picture inside the picture; no two labels overlapping; text at least
// 12 CSS px; every text of the picture at least 4.5:1 against the box it sits on; axe finds
// nothing serious in the simulation; and the page holds still while a run breaks and resets
// (layout shift ≤ 0.05).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, showSim, SLUGS, SIM_SLUGS, SCREENSHOTS, appReady, status, waitTicks, AXE, axeSerious } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve('dist', '/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const HZ = 64;
const WIDTHS = [360, 390, 768, 1280, 1920];
// Each lesson's buttons once, in order, six seconds apart (as the content tests' naive run),
// then 10 s more: every lesson is broken by then, and its failing nodes are still failing.
const CODES = {
  codebase: ['deploy'], dependencies: ['scale-out', 'retire', 'laptop'], config: ['staging', 'rotate', 'add-password'],
  'backing-services': ['fail-db'], 'build-release-run': ['bad-change', 'rollback'], processes: ['restart', 'scale-out', 'scale-in'],
  'port-binding': ['deploy', 'scale-out'], concurrency: ['job-spike', 'scale-workers'], disposability: ['deploy', 'sigterm'],
  'dev-prod-parity': ['deploy', 'laptop'], logs: ['fill-disk', 'crash'], 'admin-processes': ['migrate', 'contract', 'deploy'],
};
function brokenLink(slug) {
  const ev = CODES[slug].map((c, i) => `${(2 + 6 * i) * HZ}.${c}`).join(',');
  // Where the run recovers on its own later (the hotfix typed in again, the job spike over),
  // look while it is still failing.
  const at = ({ codebase: 11, concurrency: 9 }[slug] ?? 2 + 6 * CODES[slug].length + 10) * HZ;
  return { query: `?way=violating&seed=1&ev=${ev}&at=${at}`, at };
}
const SANDBOX = `?v=${(0b111111111111).toString(16)}&seed=7&ev=${['deploy', 'restart', 'scale-out', 'fail-db', 'fill-disk', 'spike', 'job-spike', 'crash'].map((c, i) => `${(2 + 4 * i) * HZ}.${c}`).join(',')}&at=${40 * HZ}`;

/** Everything the picture and the page must satisfy, measured in the page. */
function measure(sel) {
  const root = document.querySelector(sel);
  const svg = root.querySelector('svg.picture');
  const box = svg.getBoundingClientRect();
  const scale = box.width / svg.viewBox.baseVal.width;
  const texts = [...svg.querySelectorAll('text')].map((t) => ({ t: t.textContent, r: t.getBoundingClientRect(), px: parseFloat(getComputedStyle(t).fontSize) * scale }));
  const outside = texts.filter(({ r }) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1).map((x) => x.t);
  const small = texts.filter((x) => x.px < 11.95).map((x) => `${x.t} (${x.px.toFixed(1)}px)`);
  const overlaps = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const [a, b] = [texts[i].r, texts[j].r];
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 2) overlaps.push(`${texts[i].t} × ${texts[j].t}`);
    }
  }
  // Contrast of each text (and differently coloured run of text) against its node's box.
  const rgb = (c) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }).reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const lowContrast = [];
  for (const t of svg.querySelectorAll('text, tspan')) {
    const box = t.closest('g.node')?.querySelector('rect');
    const under = box ? getComputedStyle(box).fill : getComputedStyle(root).backgroundColor;
    const r = ratio(rgb(getComputedStyle(t).fill), rgb(under));
    if (r < 4.5) lowContrast.push(`${t.textContent} (${r.toFixed(2)}:1)`);
  }
  // Counter values are never cut off.
  const cut = [...root.querySelectorAll('.counter dd')].filter((d) => d.scrollWidth > d.clientWidth + 1).map((d) => d.textContent);
  return {
    overflow: document.documentElement.scrollWidth - window.innerWidth, cut,
    outside, small, overlaps, lowContrast, texts: texts.length,
    failing: root.querySelectorAll('[data-node-status="broken"], [data-node-status="degraded"]').length,
  };
}

/** Everything wrong with the simulation at `sel`, as sentences starting with `label`. */
async function problemsOf(page, sel, label) {
  const problems = [];
  const m = await page.evaluate(measure, sel);
  if (m.overflow > 0) problems.push(`${label}: the page scrolls sideways by ${m.overflow}px`);
  if (m.outside.length) problems.push(`${label}: outside the picture: ${m.outside.join(' | ')}`);
  if (m.small.length) problems.push(`${label}: text under 12px: ${m.small.slice(0, 3).join(' | ')}`);
  if (m.overlaps.length) problems.push(`${label}: overlapping labels: ${m.overlaps.slice(0, 3).join(' | ')}`);
  if (m.cut.length) problems.push(`${label}: counter values cut off: ${m.cut.join(' | ')}`);
  if (m.lowContrast.length) problems.push(`${label}: text under 4.5:1: ${m.lowContrast.slice(0, 3).join(' | ')}`);
  if (m.failing === 0) problems.push(`${label}: no failing node in the picture`);
  for (const v of await axeSerious(page, sel)) problems.push(`${label}: axe: ${v}`);
  return problems;
}

for (const scheme of ['light', 'dark']) {
  for (const width of WIDTHS) {
    test(`every lesson broken, and the sandbox under chaos, at ${width} px (${scheme}): nothing clipped, overlapping or too small`, async () => {
      const page = await newPage(browser, { viewport: { width, height: width < 500 ? 844 : width < 1000 ? 1024 : width < 1600 ? 800 : 1080 }, colorScheme: scheme, bypassCSP: true });
      await page.addInitScript({ path: AXE }); // axe-core, in every page this test opens
      const problems = [];
      for (const slug of SIM_SLUGS) {
        const { query, at } = brokenLink(slug);
        await page.goto(`${server.url}/factors/${slug}${query}`);
        await appReady(page);
        const sel = `[data-sim="${slug}"]`;
        await page.waitForFunction(([s, t]) => Number(document.querySelector(s)?.getAttribute('data-sim-tick')) >= t, [sel, at], { timeout: 20000 });
        assert.equal(await status(page, slug), 'broken', `${slug}: the link reproduces the broken run`);
        problems.push(...await problemsOf(page, sel, slug));
        if (scheme === 'light' && (width === 390 || width === 1280)) {
          await page.locator(sel).screenshot({ path: `${SCREENSHOTS}/layout-${slug}-${width}.png` });
        }
      }
      await page.goto(`${server.url}/sandbox/${SANDBOX}`);
      await appReady(page);
      await page.waitForFunction(() => Number(document.querySelector('[data-sim="sandbox"]')?.getAttribute('data-sim-tick')) >= 40 * 64, null, { timeout: 20000 });
      problems.push(...await problemsOf(page, '[data-sim="sandbox"]', 'sandbox'));
      if (scheme === 'light' && (width === 390 || width === 1280)) await page.locator('[data-sim="sandbox"]').screenshot({ path: `${SCREENSHOTS}/layout-sandbox-${width}.png` });
      assert.deepEqual(problems, []);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
}

test('every lesson broken in a blog-width embed (720 px, light and dark): the same checks', async () => {
  const problems = [];
  for (const scheme of ['light', 'dark']) {
    const page = await newPage(browser, { viewport: { width: 720, height: 900 }, colorScheme: scheme, bypassCSP: true });
    await page.addInitScript({ path: AXE });
    for (const slug of SIM_SLUGS) {
      const { query, at } = brokenLink(slug);
      await page.goto(`${server.url}/embed/${slug}/${query}`);
      const sel = `[data-sim="${slug}"]`;
      await page.waitForFunction(([s, t]) => Number(document.querySelector(s)?.getAttribute('data-sim-tick')) >= t, [sel, at], { timeout: 20000 });
      assert.equal(await status(page, slug), 'broken', `${slug}: the link reproduces the broken run in the embed`);
      problems.push(...await problemsOf(page, sel, `${slug} embed (${scheme})`));
      if (scheme === 'light' && ['config', 'concurrency'].includes(slug)) await page.locator(sel).screenshot({ path: `${SCREENSHOTS}/layout-embed-${slug}-720.png` });
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
  assert.deepEqual(problems, []);
});

for (const width of [390, 1280]) {
  for (const slug of ['port-binding', 'processes', 'config']) {
    test(`${slug} at ${width} px: breaking and resetting a run moves nothing on the page (layout shift ≤ 0.05)`, async () => {
      const page = await newPage(browser, { viewport: { width, height: width < 500 ? 844 : 800 } });
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ value: e.value, at: e.startTime });
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.url}/factors/${slug}`);
      await showSim(page, slug);
      const root = `[data-sim="${slug}"]`;
      await page.locator(root).scrollIntoViewIfNeeded();
      const start = await page.evaluate(() => performance.now());
      await page.check(`${root} [data-sim-control="violate"]`);
      await page.check(`${root} [data-sim-control="speed-10"]`);
      for (const code of CODES[slug]) {
        await page.click(`${root} [data-sim-action="${code}"]`);
        await waitTicks(page, slug, 6 * HZ);
      }
      for (let s = 0; s < 25 && (await status(page, slug)) !== 'broken'; s++) await waitTicks(page, slug, HZ);
      assert.equal(await status(page, slug), 'broken');
      await waitTicks(page, slug, 3 * HZ);
      await page.click(`${root} [data-sim-control="reset"]`);
      await page.waitForTimeout(700);
      const shifts = await page.evaluate((t) => window.__shifts.filter((s) => s.at > t), start);
      const total = shifts.reduce((a, s) => a + s.value, 0);
      console.log(`# layout shift ${slug} ${width}px: ${total.toFixed(4)} over ${shifts.length} shifts`);
      assert.ok(total <= 0.05, `${slug} at ${width}px: layout shift ${total.toFixed(4)}`);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
}
