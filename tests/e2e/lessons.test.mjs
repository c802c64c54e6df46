// All twelve lessons, in Chromium: the twelve-factor way survives the trigger, the violating
// way visibly breaks and says why, and reset brings it back. One lesson by keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, SLUGS, SCREENSHOTS, redShare, until, openLesson, status } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve('dist', '/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const TITLES = ['Codebase', 'Dependencies', 'Config', 'Backing services', 'Build, release, run', 'Processes', 'Port binding',
  'Concurrency', 'Disposability', 'Dev/prod parity', 'Logs', 'Admin processes'];

for (const [i, slug] of SLUGS.entries()) {
  test(`${slug}: compliant survives, violating breaks with its factor named, reset heals`, async () => {
    const page = await newPage(browser);
    await openLesson(page, server.url, slug);
    const root = `[data-sim="${slug}"]`;
    assert.equal(await status(page, slug), 'healthy');
    await page.check(`${root} [data-sim-control="speed-3"]`);

    // The twelve-factor way: trigger, watch 12 simulated seconds (4 s at 3×), never broken.
    await page.click(`${root} [data-sim-control="trigger"]`);
    const watchEnd = Date.now() + 4000;
    while (Date.now() < watchEnd) {
      assert.notEqual(await status(page, slug), 'broken', `${slug}: compliant run broke`);
      await page.waitForTimeout(150);
    }
    assert.equal(await until(async () => (await status(page, slug)) === 'healthy', 15000), true, `${slug}: compliant run settles healthy`);
    assert.equal((await page.textContent(`${root} [role="alert"]`)).trim(), '');
    const good = await page.locator(root).screenshot({ path: `${SCREENSHOTS}/${slug}-compliant.png` });

    // The violating way: the switch starts a fresh run; the trigger breaks it.
    await page.check(`${root} [data-sim-control="violate"]`);
    assert.equal(await status(page, slug), 'healthy', `${slug}: a fresh run starts healthy`);
    await page.click(`${root} [data-sim-control="trigger"]`);
    assert.equal(await until(async () => (await status(page, slug)) === 'broken', 30000), true, `${slug}: violating run broke`);
    const alert = await page.textContent(`${root} [role="alert"]`);
    assert.ok(alert.includes(`Violated factor: ${i + 1}. ${TITLES[i]}`), `${slug}: ${alert}`);
    assert.match(alert, /Broken: .+\./, `${slug}: names the cause`);
    const fix = await page.getAttribute(`${root} [role="alert"] a`, 'href');
    assert.equal(fix, `/factors/${slug}#how-to-fix-it`);
    assert.equal(await page.locator('#how-to-fix-it').count(), 1, `${slug}: the fix section exists`);
    await page.waitForTimeout(400);
    const bad = await page.locator(root).screenshot({ path: `${SCREENSHOTS}/${slug}-broken.png` });
    const [goodRed, badRed] = [redShare(good), redShare(bad)];
    assert.ok(badRed > goodRed + 0.01, `${slug}: broken picture is visibly red (${goodRed.toFixed(3)} → ${badRed.toFixed(3)})`);

    // The prediction has been answered by the run (a few simulated seconds after an event).
    assert.equal(await until(async () => (await page.getAttribute('.predict', 'data-predict')) === 'revealed', 15000), true);

    // Reset: a fresh, healthy run with no incident.
    await page.click(`${root} [data-sim-control="reset"]`);
    assert.equal(await status(page, slug), 'healthy');
    assert.equal((await page.textContent(`${root} [role="alert"]`)).trim(), '');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('processes, by keyboard alone: switch, trigger, read the incident, reset', async () => {
  const page = await newPage(browser);
  await openLesson(page, server.url, 'processes');
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-sim-control') ?? document.activeElement?.tagName);
  const tabTo = async (control) => {
    for (let n = 0; n < 80; n++) {
      if ((await focused()) === control) return;
      await page.keyboard.press('Tab');
    }
    assert.fail(`could not reach ${control} with Tab`);
  };
  await tabTo('comply');
  await page.keyboard.press('ArrowDown'); // radio group: moves to and selects the violating way
  assert.equal(await focused(), 'violate');
  assert.equal(await page.isChecked('[data-sim-control="violate"]'), true);
  await tabTo('trigger');
  await page.keyboard.press('Enter');
  await tabTo('speed-1');
  await page.keyboard.press('ArrowRight'); // 3×
  assert.equal(await page.isChecked('[data-sim-control="speed-3"]'), true);
  assert.equal(await until(async () => (await status(page, 'processes')) === 'broken', 30000), true);
  assert.match(await page.textContent('[data-sim="processes"] [role="alert"]'), /carts/i);
  await page.keyboard.press('Shift+Tab'); // the speed radios are one tab stop; reset is before them
  assert.equal(await focused(), 'reset');
  await page.keyboard.press('Space');
  assert.equal(await status(page, 'processes'), 'healthy');
  // Hints and the solution open from the keyboard too.
  await tabTo('BUTTON');
  const hint = await page.locator('[data-hint-next]');
  await hint.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.hint:not([hidden])').count(), 1);
  assert.deepEqual(page.problems, []);
});

test('a challenge is met in the browser and counted on the home page', async () => {
  const page = await newPage(browser);
  await openLesson(page, server.url, 'backing-services');
  await page.check('[data-sim-control="speed-3"]');
  await page.click('.solution summary');
  await page.click('[data-solution-replay]');
  assert.equal(await until(async () => (await page.getAttribute('.challenge', 'data-challenge')) === 'met', 40000), true, 'challenge met by replaying the solution');
  await page.click('.complete-toggle');
  await page.click('.site-header a.brand');
  await page.waitForSelector('.cards');
  assert.match(await page.textContent('.progress-summary'), /1 of 12 lessons complete/);
  assert.match(await page.textContent('[data-factor="backing-services"]'), /complete/);
  await page.reload();
  await page.waitForSelector('.cards');
  assert.match(await page.textContent('.progress-summary'), /1 of 12 lessons complete/, 'progress survives a reload');
  assert.deepEqual(page.problems, []);
});
