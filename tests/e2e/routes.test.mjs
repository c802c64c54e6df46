// Every route renders, links and deep links work (also under a sub-path), unknown paths get
// the not-found page, and nothing logs an error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, showSim, appReady, SLUGS, SIM_SLUGS, numberOf, SCREENSHOTS } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve('dist', '/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test('home lists the twelve factors with progress', async () => {
  const page = await newPage(browser);
  await page.goto(server.url + '/');
  await appReady(page);
  assert.equal(await page.locator('h1').first().textContent(), 'Twelve-Factor Playground');
  assert.equal(await page.locator('.cards > li').count(), SLUGS.length);
  assert.match(await page.locator('.progress-summary').textContent(), new RegExp(`0 of ${SLUGS.length} lessons complete`));
  await page.screenshot({ path: `${SCREENSHOTS}/home.png`, fullPage: true });
  assert.deepEqual(page.problems, []);
});

test('every lesson renders its heading when deep-linked', async () => {
  const page = await newPage(browser);
  for (const slug of SLUGS) {
    await page.goto(`${server.url}/factors/${slug}`);
    const sim = SIM_SLUGS.includes(slug);
    if (sim) await showSim(page, slug);
    const h1 = await page.locator('h1').first().textContent();
    assert.match(h1, new RegExp(`^${numberOf(slug)}\\. `), `${slug}: ${h1}`);
    assert.equal(await page.locator(`[data-sim="${slug}"]`).count(), sim ? 1 : 0, `${slug} has its simulation if it has a scenario`);
    assert.ok((await page.title()).includes(h1.replace(/^\d+\. /, '')), `${slug}: document title`);
  }
  assert.deepEqual(page.problems, []);
});

test('navigation by click: home → lesson → next → home', async () => {
  const page = await newPage(browser);
  await page.goto(server.url + '/');
  await appReady(page);
  await page.click('a[href$="/factors/config"]');
  await page.waitForSelector('h1:has-text("3. Config")');
  await page.click('a[rel="next"]');
  await page.waitForSelector('h1:has-text("4. Backing services")');
  assert.ok(page.url().endsWith('/factors/backing-services'));
  await page.goBack();
  await page.waitForSelector('h1:has-text("3. Config")');
  await page.click('.site-header a.brand');
  await page.waitForSelector('.cards');
  assert.deepEqual(page.problems, []);
});

test('unknown paths show the not-found page with a way home', async () => {
  const page = await newPage(browser);
  for (const path of ['/nope', '/factors/not-a-factor', '/factors/introduction', '/factors/config/extra']) {
    const res = await page.goto(server.url + path);
    assert.equal(res.status(), 404, `${path}: answered 404`);
    await appReady(page);
    assert.equal(await page.locator('h1').first().textContent(), 'Page not found', path);
    assert.equal(await page.locator('main a[href="/"]').count(), 1, path);
  }
  await page.screenshot({ path: `${SCREENSHOTS}/not-found.png` });
  // A lesson's address with a stray slash shows the lesson (the server redirects; once the
  // service worker runs the page, it answers from its cache).
  await page.goto(server.url + '/factors/config/');
  await showSim(page, 'config');
  assert.equal(await page.locator('h1').first().textContent(), '3. Config');
  assert.equal(await page.locator('[data-sim="config"]').count(), 1);
  assert.deepEqual(page.problems, []);
});
