// The same build, made for a sub-path, works there: assets load, deep links and links resolve.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, appReady } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve('dist-sub', '/playground/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test('deep link under a sub-path renders and links stay under it', async () => {
  const page = await newPage(browser);
  await page.goto(server.url + '/factors/logs');
  await appReady(page);
  assert.equal(await page.locator('h1').first().textContent(), '11. Logs');
  const home = await page.locator('.site-header a.brand').getAttribute('href');
  assert.equal(home, '/playground/');
  await page.click('a[rel="next"]');
  await page.waitForSelector('h1:has-text("12. Admin processes")');
  assert.ok(page.url().endsWith('/playground/factors/admin-processes'), page.url());
  await page.goto(server.url + '/no-such-page');
  await appReady(page);
  assert.equal(await page.locator('h1').first().textContent(), 'Page not found');
  assert.deepEqual(page.problems, []);
});
