// Every route renders, links and deep links work (also under a sub-path), unknown paths get
// the not-found page, and nothing logs an error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, appReady, SLUGS, SCREENSHOTS } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve('dist', '/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test('home lists the twelve factors with progress', async () => {
  const page = await newPage(browser);
  await page.goto(server.url + '/');
  await appReady(page);
  assert.equal(await page.locator('h1').first().textContent(), 'Twelve-Factor Playground');
  assert.equal(await page.locator('.cards > li').count(), 12);
  assert.match(await page.locator('.progress-summary').textContent(), /0 of 12 lessons complete/);
  await page.screenshot({ path: `${SCREENSHOTS}/home.png`, fullPage: true });
  assert.deepEqual(page.problems, []);
});

test('every lesson renders its heading when deep-linked', async () => {
  const page = await newPage(browser);
  for (const [i, slug] of SLUGS.entries()) {
    await page.goto(`${server.url}/factors/${slug}`);
    await appReady(page);
    const h1 = await page.locator('h1').first().textContent();
    assert.match(h1, new RegExp(`^${i + 1}\\. `), `${slug}: ${h1}`);
    await page.waitForSelector(`[data-sim="${slug}"]`, { timeout: 10000 }); // the body is fetched
    assert.equal(await page.locator(`[data-sim="${slug}"]`).count(), 1, `${slug} has its simulation`);
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
    await page.goto(server.url + path);
    await appReady(page);
    assert.equal(await page.locator('h1').first().textContent(), 'Page not found', path);
    assert.equal(await page.locator('main a[href="/"]').count(), 1, path);
  }
  await page.screenshot({ path: `${SCREENSHOTS}/not-found.png` });
  assert.deepEqual(page.problems, []);
});

test('the static shell paints before the app and nothing shifts when it mounts', async () => {
  const page = await newPage(browser);
  await page.route('**/*.wasm', async (route) => { await new Promise((r) => setTimeout(r, 800)); await route.continue(); });
  await page.goto(server.url + '/', { waitUntil: 'commit' });
  await page.waitForSelector('#shell h1');
  await page.waitForFunction(() => getComputedStyle(document.body).marginTop === '0px'); // stylesheet applied
  const before = await page.locator('#shell .site-header').boundingBox();
  await appReady(page);
  const after = await page.locator('.site-header').boundingBox();
  assert.deepEqual(after, before, 'the header stays where the shell drew it');
  const cls = await page.evaluate(() => new Promise((ok) => {
    let total = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) total += e.value; }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => ok(total), 300);
  }));
  console.log(`cumulative layout shift on load: ${cls.toFixed(4)}`);
  assert.ok(cls < 0.1, `layout shift ${cls}`);
});
