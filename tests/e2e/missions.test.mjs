// Missions: the list, a mission won by its reference plan (win screen, stars saved), a loss
// that names what broke and links its lesson, a shared attempt that replays exactly, bad links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, appReady, SCREENSHOTS, AXE, axeSerious, CATALOGUE } from './helpers.mjs';
let server, browser;
before(async () => { server = await serve('dist', '/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const ROOT = '[data-sim="mission"]';
const missionStatus = (page) => page.getAttribute(ROOT, 'data-mission-status');
/** Wait (on simulated time) until the attempt is judged. */
async function judged(page) {
  await page.waitForFunction((r) => document.querySelector(r)?.getAttribute('data-mission-status') !== 'playing', ROOT, { timeout: 30000, polling: 100 });
  return missionStatus(page);
}

test('the list has every mission, and a mission won by its reference plan shows the win and keeps the stars', async () => {
  const page = await newPage(browser, { bypassCSP: true });
  await page.goto(server.url + '/missions/');
  await page.waitForSelector('[data-mission]');
  assert.equal(await page.locator('[data-mission]').count(), CATALOGUE.missions.length);
  await page.click('[data-mission="friday-deploy"] a');
  await page.waitForSelector(ROOT);
  assert.equal(await missionStatus(page), 'playing');
  await page.check('[data-factor="codebase"]');
  assert.equal(await page.isDisabled('[data-factor="config"]'), true, 'the budget of one change is spent');
  await page.check(`${ROOT} [data-sim-control="speed-10"]`);
  await page.click('[data-sim-control="start"]');
  assert.equal(await judged(page), 'won');
  assert.ok(Number(await page.getAttribute(ROOT, 'data-sim-tick')) >= 40 * 64, 'won only at the end of the run');
  assert.match(await page.textContent('.mission-won'), /Mission complete: 3 of 3 stars/);
  await page.addScriptTag({ path: AXE });
  assert.deepEqual(await axeSerious(page), [], 'axe finds nothing serious');
  await page.screenshot({ path: `${SCREENSHOTS}/mission-won.png`, fullPage: true });
  await page.goto(server.url + '/missions/');
  await appReady(page);
  assert.equal(await page.textContent('[data-mission="friday-deploy"] .mission-stars'), '★★★', 'the stars are kept');
  // Played live, the run is the engine's run: the same failed requests as the reference plan's.
  await page.goto(server.url + '/missions/rotation-day/');
  await page.waitForSelector(ROOT);
  await page.check('[data-factor="config"]');
  await page.check(`${ROOT} [data-sim-control="speed-10"]`);
  await page.click('[data-sim-control="start"]');
  assert.equal(await judged(page), 'won');
  const won = await page.textContent('.mission-won');
  const [, live, reference] = won.match(/(\d+) failed requests \(the reference plan: (\d+)\)/) ?? [];
  assert.ok(Number(reference) > 0, `the reference plan fails some requests here (${won})`);
  assert.equal(live, reference, 'live play and the replay agree');
  assert.match(won, /3 of 3 stars/);
  assert.deepEqual(page.problems, []);
});

test('doing nothing loses, says what broke and which lesson explains it', async () => {
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await page.goto(server.url + '/missions/friday-deploy/');
  await page.waitForSelector(ROOT);
  await page.check(`${ROOT} [data-sim-control="speed-10"]`);
  await page.click('[data-sim-control="start"]');
  assert.equal(await judged(page), 'lost');
  const text = await page.textContent('.mission-lost');
  assert.match(text, /It broke at t = [\d.]+ s: Bug is back/);
  assert.match(await page.getAttribute('.mission-lost a', 'href'), /\/factors\/codebase$/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling on a phone (${overflow}px)`);
  await page.screenshot({ path: `${SCREENSHOTS}/mission-lost-390.png`, fullPage: true });
  assert.deepEqual(page.problems, []);
});

test('a shared attempt replays to the same result; bad plans and unknown missions are answered', async () => {
  const page = await newPage(browser);
  await page.goto(server.url + '/missions/migration-night/?plan=dev-prod-parity,admin-processes');
  await page.waitForSelector(ROOT);
  assert.equal(await judged(page), 'won');
  assert.equal(await page.isChecked('[data-factor="admin-processes"]'), true, 'the plan is shown');
  await page.goto(server.url + '/missions/migration-night/?plan=nonsense');
  await page.waitForSelector(ROOT);
  assert.match(await page.textContent('.notice'), /does not exist/);
  assert.equal(await missionStatus(page), 'playing');
  await page.goto(server.url + '/missions/migration-night/?plan=config,logs,codebase');
  await page.waitForSelector(ROOT);
  assert.match(await page.textContent('.notice'), /allows 2/);
  await page.goto(server.url + '/missions/no-such-mission/');
  await page.waitForSelector('h1:has-text("Page not found")');
  assert.deepEqual(page.problems, []);
});
