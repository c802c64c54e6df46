// Offline and updates: after one visit every page works offline (Playwright's offline mode),
// and a new deployment is offered as an update rather than swapped in silently.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, newPage, showSim, appReady, until, SCREENSHOTS } from './helpers.mjs';

let server, browser, site;
before(async () => {
  // A copy of the build, so the test can deploy a "new version" into it.
  site = await mkdtemp(join(tmpdir(), 'tfp-pwa-'));
  await cp('dist', site, { recursive: true });
  server = await serve(site, '/');
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

const controlled = (page) => page.evaluate(() => !!navigator.serviceWorker.controller);

test('after one visit, the whole site works offline', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}/`);
  await appReady(page);
  assert.equal(await until(() => controlled(page), 20000), true, 'the service worker takes control');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.context().setOffline(true);
  for (const [path, selector] of [
    ['/factors/config', 'html[data-app="live"] .challenge'],
    ['/factors/logs?way=violating&seed=2', '[data-sim="logs"]'],
    ['/sandbox/', '[data-sim="sandbox"]'],
    ['/sandbox', '[data-sim="sandbox"]'],
    ['/present/codebase/', '[data-present="codebase"]'],
    ['/handout/', '.handout-lesson[data-handout="admin-processes"]'],
    ['/progress/', '[data-progress-code]'],
    ['/no-such-page', 'h1:has-text("Page not found")'],
  ]) {
    await page.goto(server.url + path);
    await page.waitForSelector(selector, { timeout: 15000 });
  }
  await page.goto(`${server.url}/factors/config`);
  await showSim(page, 'config');
  await page.click('[data-sim-control="violate"]');
  await page.click('[data-sim-control="trigger"]');
  await page.screenshot({ path: `${SCREENSHOTS}/offline-lesson.png` });
  await page.context().setOffline(false);
  assert.deepEqual(page.problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
});

test('a new deployment is offered as an update, and applied when accepted', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}/`);
  await appReady(page);
  await until(() => controlled(page), 20000);
  const before = await page.evaluate(async () => (await caches.keys()).join());
  // Deploy a new version: a changed service worker (its version and precache).
  const sw = await readFile(join(site, 'sw.js'), 'utf8');
  await writeFile(join(site, 'sw.js'), sw.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1next'"));
  await rm(join(site, 'sw.js.br'), { force: true }); // the precompressed copies are of the old version
  await rm(join(site, 'sw.js.gz'), { force: true });
  await page.evaluate(() => window.twelveFactorUpdate());
  await page.waitForSelector('#update-banner', { timeout: 20000 });
  assert.match(await page.textContent('#update-banner'), /new version/);
  await page.screenshot({ path: `${SCREENSHOTS}/update-offer.png` });
  await Promise.all([page.waitForEvent('load'), page.click('#update-banner button')]);
  await appReady(page);
  const afterKeys = await until(async () => { const k = await page.evaluate(async () => (await caches.keys()).join()); return k !== before && k.includes('next') ? k : ''; }, 15000);
  assert.match(afterKeys, /next/, 'the new version took over and the old cache is gone');
  assert.ok(!afterKeys.split(',').includes(before), `${before} removed`);
});
