#!/usr/bin/env node
// Link-preview images for the lessons (og:image): 1200×630, the lesson's number and title
// beside its simulation broken the violating way, played in the real app like a learner
// would (the violating switch, then each of the lesson's buttons once); and that picture as a
// drawing for the handout (og/<slug>-picture.html: the SVG, its incident in data-caption).
// In every language, each in its folder (es/og/…), from that language's pages. Run on a
// release build, after postbuild: node scripts/og-images.mjs --dist dist [--public-url /]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch } from '../tests/e2e/helpers.mjs';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const dist = arg('--dist', 'dist');
// Every lesson in the catalogue; one with a scenario shows its simulation broken, a reading
// lesson its summary.
const { lessons, languages } = JSON.parse(await readFile(join(dist, 'catalogue.json'), 'utf8'));
if (lessons.length === 0) throw new Error(`og-images: no lessons in ${dist}/catalogue.json`);
const server = await serve(dist, arg('--public-url', '/'));
const browser = await launch();
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const tick = (page, slug) => page.getAttribute(`[data-sim="${slug}"]`, 'data-sim-tick').then(Number);

/** The lesson's simulation, played the violating way with each button once, paused broken. */
async function brokenPicture(page, slug, folder) {
  await page.locator('section.sim').first().scrollIntoViewIfNeeded();
  const sim = `[data-sim="${slug}"]`;
  await page.waitForSelector(sim);
  await page.click('[data-sim-control="violate"]');
  await page.check('[data-sim-control="speed-10"]');
  await page.click('[data-sim-control="play"]');
  for (const action of await page.locator(`${sim} [data-sim-action]`).all()) {
    await action.click();
    const t = await tick(page, slug);
    await page.waitForFunction(([s, at]) => Number(document.querySelector(s).getAttribute('data-sim-tick')) >= at, [sim, t + 3 * 64]);
  }
  await page.waitForFunction((s) => document.querySelector(s).getAttribute('data-sim-status') === 'broken', sim, { timeout: 30000 });
  await page.click('[data-sim-control="play"]'); // pause on the broken picture
  const drawing = await page.evaluate((s) => {
    const svg = document.querySelector(`${s} svg.picture`).cloneNode(true);
    const what = document.querySelector(`${s} .incident[data-headline]`)?.getAttribute('data-headline') ?? '';
    svg.setAttribute('data-caption', what.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'));
    return svg.outerHTML;
  }, sim);
  await writeFile(join(folder, `${slug}-picture.html`), drawing);
  return page.locator(`${sim} svg.picture`).screenshot();
}
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  for (const { prefix, preview } of languages) {
    const folder = join(dist, prefix, 'og');
    await mkdir(folder, { recursive: true });
    for (const { slug, scenario } of lessons) {
      await page.goto(`${server.url}${prefix}/factors/${slug}`);
      await page.waitForSelector('html[data-app="live"]', { state: 'attached', timeout: 20000 });
      const title = (await page.textContent('h1')).trim();
      const right = scenario
        ? `<img src="data:image/png;base64,${(await brokenPicture(page, slug, folder)).toString('base64')}" style="max-width:100%;max-height:582px">`
        : `<p style="margin:0;font-size:40px;line-height:1.3">${esc((await page.textContent('.lede')).trim())}</p>`;
      const card = await browser.newPage({ viewport: { width: 1200, height: 630 } });
      await card.setContent(`<!doctype html><html><body style="margin:0;width:1200px;height:630px;display:grid;grid-template-columns:400px 1fr;background:#f8fafc;font-family:'DejaVu Sans',sans-serif;color:#0f172a;overflow:hidden">
        <div style="padding:48px 28px 40px 48px;display:flex;flex-direction:column;gap:18px;background:#1d4ed8;color:#fff">
          <div style="font-size:26px;font-weight:700">Twelve-Factor Playground</div>
          <div id="title" style="font-size:60px;font-weight:800;line-height:1.1">${esc(title)}</div>
          <div style="margin-top:auto;font-size:24px;line-height:1.35">${esc(preview)}</div>
        </div>
        <div style="display:grid;place-items:center;padding:24px;background:#fff">${right}</div>
      </body></html>`);
      // The largest title size at which no word is cut.
      await card.evaluate(() => {
        const t = document.getElementById('title');
        let size = 60;
        while (size > 24 && t.scrollWidth > t.clientWidth) t.style.fontSize = `${(size -= 2)}px`;
      });
      await writeFile(join(folder, `${slug}.png`), await card.screenshot({ type: 'png' }));
      await card.close();
    }
  }
  console.log(`og-images: ${lessons.length} preview images and drawings in each of ${languages.length} languages written to ${dist}/og and each language's og/`);
} finally {
  await browser.close();
  server.close();
}
