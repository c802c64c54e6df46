// Shared lesson links reproduce a run; odd and hostile parameters are ignored with a notice,
// run no script and leave a working page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, appReady, openLesson, until, status, waitTicks } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve('dist', '/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test('a lesson run shared by link opens exactly as it was', async () => {
  const page = await newPage(browser);
  await openLesson(page, server.url, 'config');
  await page.check('[data-sim-control="violate"]');
  await page.check('[data-sim-control="speed-3"]');
  await page.click('[data-sim-control="trigger"]');
  await until(async () => (await status(page, 'config')) === 'broken', 20000);
  await page.click('[data-sim-control="play"]');
  await page.click('[data-sim-control="share"]');
  const link = await page.inputValue('.share-field input');
  assert.match(link, /\/factors\/config\?way=violating&seed=1&ev=\d+\.staging&at=\d+$/);
  const served = await page.textContent('[data-sim="config"] .counter.served dd');
  const again = await newPage(browser);
  await again.goto(link);
  await appReady(again);
  await again.waitForSelector('[data-sim="config"]');
  assert.equal(await status(again, 'config'), 'broken');
  assert.equal(await again.isChecked('[data-sim-control="violate"]'), true);
  assert.equal(await again.textContent('[data-sim="config"] .counter.served dd'), served, 'same run, same numbers');
  assert.match(await again.textContent('.link-notices'), /shared run/);
  assert.deepEqual(again.problems, []);
});

test('hostile parameters are ignored visibly and run nothing', async () => {
  const page = await newPage(browser);
  await page.addInitScript(() => { window.__pwned = false; });
  const hostile = [
    'seed=%3Cscript%3Ewindow.__pwned%3Dtrue%3C%2Fscript%3E',
    'way=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3Dtrue%22%3E',
    'at=' + '9'.repeat(40),
    'ev=1.deploy,NaN.rotate,5.%3Csvg%20onload%3Dalert(1)%3E',
    'theme=%22%3E%3Cscript%3E',
    'x'.repeat(300) + '=1',
  ].join('&');
  await page.goto(`${server.url}/factors/config?${hostile}`);
  await appReady(page);
  await page.waitForSelector('[data-sim="config"]');
  const notices = await page.textContent('.link-notices');
  assert.match(notices, /Ignored the seed/);
  assert.match(notices, /Ignored the way/);
  assert.match(notices, /Ignored the time/);
  assert.match(notices, /Ignored the event/);
  assert.match(notices, /Ignored the setting/);
  assert.equal(await page.evaluate(() => window.__pwned), false, 'no script ran');
  assert.equal(await page.locator('main img, main svg[onload], main script').count(), 0, 'nothing from the URL became markup');
  // The page still works: the valid event was kept, and the simulation runs.
  await page.click('[data-sim-control="reset"]');
  await page.click('[data-sim-control="trigger"]');
  // Five simulated seconds on (the link's way was ignored: the twelve-factor way), still healthy.
  await waitTicks(page, 'config', 5 * 64);
  assert.equal(await status(page, 'config'), 'healthy');
  assert.deepEqual(page.problems, []);
  const huge = await newPage(browser);
  await huge.goto(`${server.url}/factors/logs?ev=${'1.deploy,'.repeat(1000)}`);
  await appReady(huge);
  await huge.waitForSelector('[data-sim="logs"]');
  assert.match(await huge.textContent('.link-notices'), /too long/);
  assert.deepEqual(huge.problems, []);
});
