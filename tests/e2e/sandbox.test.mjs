// The chaos sandbox: the all-good app survives every event; the legacy app breaks and the
// scorecard names the factors; a shared link replays the same run; the monkey runs cleanly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, appReady, until, waitTicks, SCREENSHOTS, CATALOGUE } from './helpers.mjs';

const HZ = 64;
/** Let the sandbox run on for `s` simulated seconds. */
const simSeconds = (page, s) => waitTicks(page, 'sandbox', s * HZ);

let server, browser;
before(async () => { server = await serve('dist', '/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const statusOf = (page) => page.getAttribute('[data-sim="sandbox"]', 'data-sim-status');
const row = (page, slug) => page.locator(`.scorecard tr[data-factor="${slug}"]`);

async function open(page, query = '') {
  await page.goto(`${server.url}/sandbox/${query}`);
  await appReady(page);
  await page.waitForSelector('[data-sim="sandbox"]');
}

test('starts as the legacy app; all good survives every event', async () => {
  const page = await newPage(browser);
  await open(page);
  assert.equal(await page.textContent('h1'), 'Chaos sandbox');
  assert.equal(await page.locator('[data-sim-control="factor"]:not(:checked)').count(), 5, 'legacy preset violates five factors');
  await page.click('[data-sim-control="comply"]');
  assert.equal(await page.locator('[data-sim-control="factor"]:checked').count(), CATALOGUE.factors.length);
  await page.check('[data-sim-control="speed-3"]');
  const events = page.locator('[data-sim-control="trigger"]');
  const chaos = CATALOGUE.events.filter((e) => e.chaos);
  assert.deepEqual(await events.evaluateAll((b) => b.map((x) => x.dataset.simAction)), chaos.map((e) => e.code), 'every chaos event, in order');
  for (let i = 0; i < chaos.length; i++) {
    await events.nth(i).click();
    await simSeconds(page, 3);
    assert.notEqual(await statusOf(page), 'broken', `event ${i} broke the all-good app`);
  }
  await simSeconds(page, 9);
  assert.notEqual(await statusOf(page), 'broken');
  assert.match(await page.textContent('.score-summary'), new RegExp(`survived all ${chaos.length} events`));
  assert.equal(await page.locator('.scorecard tr.score-broke').count(), 0);
  assert.deepEqual(page.problems, []);
});

test('the legacy app breaks, the scorecard blames the right factors, and a shared link replays it', async () => {
  const page = await newPage(browser);
  await open(page);
  await page.check('[data-sim-control="speed-3"]');
  await page.click('[data-sim-action="restart"]');
  await simSeconds(page, 7);
  await page.click('[data-sim-action="fill-disk"]');
  await until(async () => (await row(page, 'logs').getAttribute('class')) === 'score-broke', 20000);
  assert.equal(await statusOf(page), 'broken');
  assert.equal(await row(page, 'processes').getAttribute('class'), 'score-broke');
  assert.match(await row(page, 'processes').textContent(), /Restart all: Shopping carts lost/);
  assert.equal(await row(page, 'codebase').getAttribute('class'), 'score-ok');
  assert.match(await page.textContent('.timeline'), /You: Restart all/);
  assert.match(await page.textContent('[data-sim="sandbox"] [role="alert"]'), /Violated factor/);
  await page.click('[data-sim-control="play"]'); // pause, so the link and the page agree
  await page.screenshot({ path: `${SCREENSHOTS}/sandbox-legacy.png`, fullPage: true });
  await page.click('[data-sim-control="share"]');
  const link = await page.inputValue('.share-field input');
  assert.match(link, /\/sandbox\/\?v=[0-9a-f]{3}&seed=\d+&ev=\d+\.restart,\d+\.fill-disk&at=\d+$/);
  const card = await page.textContent('.scorecard tbody');
  const clock = await page.textContent('[data-sim="sandbox"] .clock');

  const again = await newPage(browser);
  await again.goto(link);
  await appReady(again);
  await again.waitForSelector('.link-notices');
  await until(async () => (await again.textContent('.scorecard tbody')).length > 100, 10000);
  assert.equal(await again.textContent('.scorecard tbody'), card, 'the shared run has the same scorecard');
  assert.equal(await again.textContent('[data-sim="sandbox"] .clock'), clock, 'and the same simulated time');
  assert.equal(await again.getAttribute('[data-sim="sandbox"]', 'data-sim-status'), 'broken');
  assert.deepEqual([...page.problems, ...again.problems], []);
});

test('the chaos monkey throws events and nothing panics', async () => {
  const page = await newPage(browser);
  await open(page, '?v=fff');
  assert.equal(await page.locator('[data-sim-control="factor"]:checked').count(), 0, 'the link set every switch to violating');
  await page.check('[data-sim-control="speed-3"]');
  await page.click('[data-sim-control="chaos"]');
  await simSeconds(page, 21);
  const monkeyEvents = await page.locator('.timeline .moment-event').count();
  assert.ok(monkeyEvents >= 3, `${monkeyEvents} monkey events`);
  assert.match(await page.textContent('.timeline'), /🐒/);
  assert.ok((await page.locator('.scorecard tr.score-broke').count()) >= 1);
  await page.click('[data-sim-control="random"]');
  assert.equal((await page.textContent('.timeline')).trim(), '', 'a new mix of switches starts a fresh run');
  assert.deepEqual(page.problems, []);
});

test('a sandbox link from the lessons bundle opens the sandbox bundle', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}/`);
  await appReady(page);
  await page.click('.site-nav a[href="/sandbox/"]');
  await page.waitForSelector('[data-sim="sandbox"]');
  await page.click('.site-nav a[href="/"]');
  await page.waitForSelector('.cards');
  await page.goto(`${server.url}/sandbox`);
  await page.waitForSelector('[data-sim="sandbox"]');
  assert.deepEqual(page.problems, []);
});
