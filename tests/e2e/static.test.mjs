// Static-first pages: the home page and every lesson read completely with scripts off; with
// scripts on, the page painted from HTML is made live in place: nothing moves, nothing is
// reported, and the app's parts say the same words as the HTML they replace.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, newPage, appReady, SLUGS, SIM_SLUGS, numberOf, SCREENSHOTS, CATALOGUE } from './helpers.mjs';
import { PNG } from 'pngjs';

let server, browser;
before(async () => { server = await serve('dist', '/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** A page with scripts off, as a reader without JavaScript (or a crawler) gets it. */
async function noScript(width = 390) {
  const context = await browser.newContext({ viewport: { width, height: 844 }, javaScriptEnabled: false });
  return context.newPage();
}

/** The `## ` headings of a lesson's Markdown, as plain text. */
async function headings(slug) {
  const file = `content/${String(numberOf(slug)).padStart(2, '0')}-${slug}.md`;
  return [...(await readFile(file, 'utf8')).matchAll(/^## (.+)$/gm)].map((m) => m[1].replace(/[*_`]/g, '').trim());
}

/** The text of each island, without what only a reader without scripts sees, and with the
 *  challenge's live marks (which condition holds right now) made neutral. */
const islandTexts = (page) => page.evaluate(() => [...document.querySelectorAll('[data-island="block"]')]
  .filter((el) => !el.querySelector('.sim, .sim-static'))
  .map((el) => { const c = el.cloneNode(true); c.querySelectorAll('noscript').forEach((n) => n.remove()); return c.textContent.replace(/[✓○] /g, '• ').replace(/ \((holds|not yet)\)/g, '').replace(/\s+/g, ' ').trim(); }));

test('with scripts off, every lesson reads completely and says what the simulation needs', async () => {
  const page = await noScript();
  for (const slug of SLUGS) {
    const res = await page.goto(`${server.url}/factors/${slug}`);
    assert.equal(res.status(), 200, slug);
    assert.equal(await page.locator('h1').textContent(), `${numberOf(slug)}. ${(await page.title()).split(' · ')[0].replace(/^\d+\. /, '')}`);
    const h2 = (await page.locator('main h2').allTextContents()).map((t) => t.trim());
    for (const h of await headings(slug)) {
      if (h === 'Challenge') continue; // the challenge block has its own heading, "Your challenge"
      assert.ok(h2.some((t) => t.startsWith(h)), `${slug}: "${h}" is on the page (${h2.join(' | ')})`);
    }
    assert.ok(await page.locator('.lesson-body .prose p').count() >= 5, `${slug}: its prose`);
    assert.match(await page.locator('.predict').innerText(), /Predict first/, `${slug}: the prediction`);
    assert.match(await page.locator('.challenge .goal').innerText(), /\w/, `${slug}: the challenge`);
    const note = await page.locator('.sim-static-note').innerText();
    assert.match(note, /needs JavaScript/, `${slug}: the simulation's place says what it needs`);
    assert.doesNotMatch(note, /Starting/, `${slug}: and does not promise to start`);
    if (slug === 'config') await page.screenshot({ path: `${SCREENSHOTS}/noscript-config-390.png`, fullPage: true });
  }
  await page.context().close();
});

test('with scripts off, the home page links all twelve lessons and the practice pages', async () => {
  const page = await noScript(1280);
  await page.goto(`${server.url}/`);
  for (const slug of SLUGS) assert.equal(await page.locator(`main a[href="/factors/${slug}"]`).count(), 1, slug);
  for (const path of ['/sandbox/', '/missions/', '/drills/']) assert.ok(await page.locator(`main a[href="${path}"]`).count() >= 1, path);
  assert.match(await page.locator('.intro').innerText(), /Twelve-Factor/, 'the introduction is on the page');
  assert.equal(await page.locator('.card-state').first().isVisible(), false, 'no progress is claimed without the app');
  await page.screenshot({ path: `${SCREENSHOTS}/noscript-home-1280.png` });
  await page.context().close();
});

/** The mission pages, as the sitemap lists them (the engine defines the missions). */
async function missionPaths() {
  const xml = await (await fetch(server.url + '/sitemap.xml')).text();
  // The English pages (each language has its own, under its folder).
  return [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => new URL(m[1]).pathname).filter((p) => /^\/missions\/[a-z0-9-]+\/$/.test(p));
}

test('with scripts off, the sandbox, the missions and the drills introduce themselves', async () => {
  const page = await noScript();
  const missions = await missionPaths();
  assert.deepEqual(missions, CATALOGUE.missions.map((m) => `/${m.path}`), 'the sitemap lists every mission');
  for (const path of ['/sandbox/', '/missions/', ...missions, '/drills/']) {
    const res = await page.goto(server.url + path);
    assert.equal(res.status(), 200, path);
    assert.match(await page.locator('main h1').innerText(), /\w/, `${path}: its heading`);
    assert.ok((await page.locator('main .lede').innerText()).length > 60, `${path}: its introduction`);
    if (path !== '/missions/') {
      const note = await page.locator('.sim-static-note').innerText();
      assert.match(note, /needs JavaScript/, `${path}: the simulation's place says what it needs`);
      assert.doesNotMatch(note, /Starting/, `${path}: and does not promise to start`);
    }
    if (missions.includes(path)) {
      assert.match(await page.locator('.mission-plan').innerText(), /Goal: .+\s+Forecast:\s+at \d+ s: /, `${path}: the goal and the forecast`);
    }
  }
  await page.goto(server.url + '/missions/');
  for (const path of missions) assert.equal(await page.locator(`main a[href="${path}"]`).count(), 1, `the list links ${path}`);
  assert.equal(await page.locator('.mission-best').first().isVisible(), false, 'no stars are claimed without the app');
  await page.screenshot({ path: `${SCREENSHOTS}/noscript-missions-390.png` });
  await page.context().close();
});

/**
 * Load `path` with the wasm held back, measure `boxes` (in the page) before and after the app
 * takes over, and check they are equal, with no layout shift, no warnings and no errors.
 * Returns the page (still open) for further checks.
 */
async function takeOver(path, viewport, boxes, { min, said }) {
  const page = await newPage(browser, { viewport });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning' && !/integrity/.test(m.text())) warnings.push(m.text()); });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true });
  });
  // Hold the wasm back, to see the page as it stands before the app runs.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(server.url + path);
  assert.equal(await page.getAttribute('html', 'data-app'), null, `${path}: the app is not running yet`);
  const before = await page.evaluate(boxes);
  assert.ok(before.length > min, `${path}: the page is there before the app (${before.length} elements)`);
  release();
  await appReady(page);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(boxes), before, `${path}: ${said}`);
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], `${path}: no layout shift`);
  assert.deepEqual(warnings, [], `${path}: no warnings`);
  assert.deepEqual(page.problems, [], path);
  return page;
}

/** A box as text: tag, class, position and size. */
const BOX = 'const box = (el) => { const r = el.getBoundingClientRect(); return `${el.tagName}.${el.className} ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}`; };';

for (const [width, height] of [[390, 844], [1280, 800]]) {
  test(`at ${width} px the practice pages go live without moving their introductions`, async () => {
    // What the static page owns (outside the island the app fills), and where that island starts.
    const boxes = new Function(`${BOX}
      const place = document.querySelector('[data-island="sandbox"], [data-island="missions"], [data-island="mission"], [data-island="drill"]');
      const fixed = [...document.querySelectorAll('main h1, main h2, main p, main li, main a, .site-header a')].filter((el) => !place.contains(el)).map(box);
      return [...fixed, 'island starts at ' + Math.round(place.firstElementChild.getBoundingClientRect().top)];`);
    for (const path of ['/sandbox/', '/missions/', '/missions/friday-deploy/', '/drills/']) {
      const page = await takeOver(path, { width, height }, boxes, { min: 8, said: 'the introduction did not move' });
      assert.ok(await page.locator(path === '/missions/' ? '.mission-card' : 'section.sim[data-sim]').count() >= 1, `${path}: the app's part is live`);
      await page.close();
    }
  });
}

test('the missions say the same words in the static page and the app', async () => {
  const off = await noScript(1280);
  const on = await newPage(browser);
  const text = (page, sel) => page.evaluate((sel) => document.querySelector(sel).textContent.replace(/\s+/g, ' ').trim(), sel);
  for (const [path, sel] of [['/missions/', '.mission-list'], ...(await missionPaths()).map((p) => [p, '.mission-plan-head'])]) {
    await off.goto(server.url + path);
    await on.goto(server.url + path);
    await appReady(on);
    assert.equal(await text(on, sel), await text(off, sel), path);
  }
  assert.deepEqual(on.problems, []);
  await off.context().close();
});

for (const [width, height] of [[390, 844], [1280, 800]]) {
  test(`at ${width} px the app takes over the painted page without moving anything`, async () => {
    // Everything in the first two screens.
    const boxes = new Function(`${BOX}
      return [...document.querySelectorAll('main h1, main h2, main h3, main p, main li, main button, main label, .site-header a')]
        .filter((el) => el.getBoundingClientRect().top < innerHeight * 2).map(box);`);
    for (const path of ['/', '/factors/config', '/factors/logs']) {
      const page = await takeOver(path, { width, height }, boxes, { min: 10, said: 'nothing in the first two screens moved' });
      await page.close();
    }
  });
}

test('the app and the static HTML say the same words in every lesson', async () => {
  const off = await noScript(1280);
  const on = await newPage(browser);
  for (const slug of SIM_SLUGS) {
    await off.goto(`${server.url}/factors/${slug}`);
    await on.goto(`${server.url}/factors/${slug}`);
    await appReady(on);
    const [html, app] = [await islandTexts(off), await islandTexts(on)];
    assert.ok(html.length >= 4, `${slug}: prediction, challenge, hints, solution at least`);
    assert.deepEqual(app, html, slug);
    // What is not an island is the same element, never rendered again.
    assert.equal(await on.locator('.lesson-body > .prose').count(), await off.locator('.lesson-body > .prose').count(), slug);
  }
  assert.deepEqual(on.problems, []);
  await off.context().close();
});

test('every static page\'s structured data parses, and the sitemap and robots.txt are served', async () => {
  for (const path of ['/', ...SLUGS.map((s) => `/factors/${s}`), '/sandbox/', '/missions/', ...(await missionPaths()), '/drills/']) {
    const html = await (await fetch(server.url + path)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
    assert.equal(blocks.length, 1, path);
    assert.equal(blocks[0]['@context'], 'https://schema.org', path);
    assert.equal(blocks[0]['@type'], path === '/' ? 'Course' : 'LearningResource', path);
    assert.match(html, new RegExp(`<link rel="canonical" href="http://127\\.0\\.0\\.1:8080${path.replace(/[.]/g, '\\.')}">`), `${path}: its canonical address`);
    assert.ok(blocks[0].url.endsWith(path === '/' ? '/' : path), `${path}: ${blocks[0].url}`);
  }
  const sitemap = await fetch(server.url + '/sitemap.xml');
  assert.match(sitemap.headers.get('content-type'), /^application\/xml/);
  const locs = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  for (const slug of SLUGS) assert.ok(locs.includes(`/factors/${slug}`), slug);
  // Every address in the sitemap is a page the server has.
  for (const path of locs) assert.equal((await fetch(server.url + path)).status, 200, path);
  const robots = await (await fetch(server.url + '/robots.txt')).text();
  assert.match(robots, /^Sitemap: http:\/\/127\.0\.0\.1:8080\/sitemap\.xml$/m);
});

test('every lesson has its own link-preview image: 1200×630, its simulation broken', async () => {
  for (const slug of SLUGS) {
    const html = await (await fetch(`${server.url}/factors/${slug}`)).text();
    const image = html.match(/<meta property="og:image" content="([^"]+)">/)?.[1];
    assert.equal(image, `http://127.0.0.1:8080/og/${slug}.png`, slug);
    assert.match(html, /<meta name="twitter:card" content="summary_large_image">/, slug);
    const res = await fetch(`${server.url}/og/${slug}.png`);
    assert.equal(res.status, 200, slug);
    const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
    assert.deepEqual([png.width, png.height], [1200, 630], slug);
    // The broken picture is in it: some of the "broken" red.
    let red = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] > 150 && png.data[i] > png.data[i + 1] * 1.5 && png.data[i] > png.data[i + 2] * 1.5) red++;
    assert.ok(red > 200, `${slug}: ${red} red pixels`);
  }
});
