// Accessibility with axe-core on every route (and on a broken simulation, phone width, dark
// theme and reduced motion): no serious or critical violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, appReady, SLUGS, SIM_SLUGS, SCREENSHOTS, openLesson, until, status, waitTicks, AXE } from './helpers.mjs';
let server, browser;
before(async () => { server = await serve('dist', '/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

async function axe(page, label) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad, [], `${label}: ${JSON.stringify(bad, null, 1)}`);
  return result;
}

test('home and not-found have no serious violations', async () => {
  const page = await newPage(browser, { bypassCSP: true }); // axe is injected as an inline script
  await page.goto(server.url + '/');
  await appReady(page);
  await page.waitForSelector('.intro h2');
  await axe(page, 'home');
  await page.goto(server.url + '/no-such-page');
  await appReady(page);
  await axe(page, 'not found');
});

test('every lesson, and a broken simulation, have no serious violations', async () => {
  const page = await newPage(browser, { bypassCSP: true }); // axe is injected as an inline script
  for (const slug of SIM_SLUGS) {
    await openLesson(page, server.url, slug);
    await axe(page, slug);
  }
  await page.check('[data-sim-control="violate"]');
  await page.check('[data-sim-control="speed-3"]');
  await page.click('[data-sim-control="trigger"]');
  await until(async () => (await status(page, 'admin-processes')) === 'broken', 30000);
  await page.click('.state-table summary');
  await axe(page, 'broken admin-processes');
});

test('the sandbox, an embed, presenter mode, the workshop tools and the progress page have no serious violations', async () => {
  const page = await newPage(browser, { bypassCSP: true });
  for (const [path, ready] of [
    ['/sandbox/', '[data-sim="sandbox"]'],
    ['/embed/config/?intro=1', '[data-sim="config"]'],
    ['/present/logs/', '[data-present="logs"]'],
    ['/handout/', '.handout-lesson[data-handout="admin-processes"]'],
    ['/workshop/?session=logs,config&minutes=30', '[data-session-lesson="config"]'],
    ['/speaker/config/?session=config,logs', '[data-speaker="config"]'],
    ['/progress/', '[data-progress-code]'],
  ]) {
    await page.goto(server.url + path);
    await page.waitForSelector(ready, { timeout: 20000 });
    await axe(page, path);
  }
  // The sandbox after trouble, with its scorecard and timeline filled in.
  await page.goto(server.url + '/sandbox/');
  await page.waitForSelector('[data-sim="sandbox"]');
  await page.check('[data-sim-control="speed-3"]');
  await page.click('[data-sim-action="restart"]');
  await waitTicks(page, 'sandbox', 9 * 64);
  await axe(page, 'sandbox after a restart');
  assert.deepEqual(page.problems, []);
});

test('dark theme, phone width and reduced motion', async () => {
  const page = await newPage(browser, { viewport: { width: 360, height: 780 }, colorScheme: 'dark', reducedMotion: 'reduce', bypassCSP: true });
  await openLesson(page, server.url, 'logs');
  await axe(page, 'logs dark 360px');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 360 px (overflow ${overflow}px)`);
  await page.check('[data-sim-control="violate"]');
  await page.click('[data-sim-control="trigger"]');
  await waitTicks(page, 'logs', 96);
  assert.equal((await page.getAttribute('.dots', 'd')) ?? '', '', 'no moving dots with reduced motion');
  await page.locator('[data-sim]').screenshot({ path: `${SCREENSHOTS}/logs-phone-dark.png` });
  const big = await newPage(browser, { viewport: { width: 1920, height: 1080 } });
  await openLesson(big, server.url, 'concurrency');
  await big.screenshot({ path: `${SCREENSHOTS}/concurrency-1920.png` });
  assert.deepEqual([...page.problems, ...big.problems], []);
});
