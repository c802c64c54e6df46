// All twelve lessons, in Chromium, waiting on simulated time (data-sim-tick), never on the
// clock: the twelve-factor way blames no factor when each button is pressed once; the
// violating way breaks with its own factor named, the picture marks the failing nodes, the
// prediction and "what just broke" open; reset heals; the solution's replay meets the
// challenge and completes the lesson. One lesson by keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, appReady, SLUGS, SIM_SLUGS, CATALOGUE, SCREENSHOTS, redShare, openLesson, status, waitTicks, tick } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve('dist', '/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** The factor a lesson's scenario plays out, as the incident names it ("3. Config"). */
const factorOf = (slug) => {
  const scenario = CATALOGUE.lessons.find((l) => l.slug === slug).scenario;
  const f = CATALOGUE.factors.find((f) => f.slug === scenario);
  return `${f.number}. ${f.title}`;
};
const HZ = 64;

/** Press each of the lesson's event buttons once, in order, six simulated seconds apart. */
async function pressEach(page, slug) {
  const root = `[data-sim="${slug}"]`;
  const actions = await page.$$eval(`${root} [data-sim-action]`, (b) => b.map((x) => x.getAttribute('data-sim-action')));
  assert.ok(actions.length >= 1, `${slug}: event buttons carry data-sim-action`);
  for (const a of actions) {
    await page.click(`${root} [data-sim-action="${a}"]`);
    await waitTicks(page, slug, 6 * HZ);
  }
}

for (const slug of SIM_SLUGS) {
  test(`${slug}: the twelve-factor way blames no factor, the violating way breaks with its own, reset heals`, async () => {
    const page = await newPage(browser);
    await openLesson(page, server.url, slug);
    const root = `[data-sim="${slug}"]`;
    const incident = () => page.textContent(`${root} .incident-slot`);
    assert.equal(await status(page, slug), 'healthy');
    assert.equal(await page.getAttribute(`${root}`, 'data-sim-tick'), '0');
    assert.match(await incident(), /No incident/);
    assert.equal(await page.locator('[data-outcome]').getAttribute('open'), null, `${slug}: what broke stays folded before any run`);
    await page.check(`${root} [data-sim-control="speed-10"]`);

    await pressEach(page, slug);
    await waitTicks(page, slug, 10 * HZ);
    assert.doesNotMatch(await incident(), /Violated factor/, `${slug}: the twelve-factor way blamed a factor`);
    assert.equal(await page.getAttribute('.predict', 'data-predict'), 'open', `${slug}: the prediction waits for the violating way`);
    const good = await page.locator(root).screenshot({ path: `${SCREENSHOTS}/${slug}-compliant.png` });

    // The violating way: the switch starts a fresh run.
    await page.check(`${root} [data-sim-control="violate"]`);
    assert.equal(await status(page, slug), 'healthy', `${slug}: a fresh run starts healthy`);
    assert.ok(await tick(page, slug) < 6 * HZ, `${slug}: a fresh run starts again from t = 0`);
    // The picture marks failing nodes while it fails (looked at as the run goes).
    const failing = () => page.locator(`${root} [data-node-status="broken"], ${root} [data-node-status="degraded"]`).count();
    let sawFailing = 0;
    const watch = setInterval(async () => { sawFailing = Math.max(sawFailing, await failing().catch(() => 0)); }, 100);
    await pressEach(page, slug);
    for (let s = 0; s < 25 && (await status(page, slug)) !== 'broken'; s++) await waitTicks(page, slug, HZ);
    clearInterval(watch);
    assert.equal(await status(page, slug), 'broken', `${slug}: violating run broke`);
    const text = await incident();
    assert.ok(text.includes(`Violated factor: ${factorOf(slug)}`), `${slug}: ${text}`);
    assert.match(text, /Broken: \S/, `${slug}: names the cause`);
    assert.match(await page.textContent(`${root} .why`), /Why: \S/);
    assert.equal(await page.getAttribute(`${root} .incident-slot a`, 'href'), `/factors/${slug}#how-to-fix-it`);
    assert.equal(await page.locator('#how-to-fix-it').count(), 1, `${slug}: the fix section exists`);
    assert.ok(sawFailing > 0, `${slug}: the picture marked a failing node`);
    if ((await page.getAttribute(`${root} [data-sim-control="play"]`, 'aria-pressed')) === 'true') await page.click(`${root} [data-sim-control="play"]`);
    const bad = await page.locator(root).screenshot({ path: `${SCREENSHOTS}/${slug}-broken.png` });
    const [goodRed, badRed] = [redShare(good), redShare(bad)];
    assert.ok(badRed > goodRed + 0.005, `${slug}: broken picture is visibly red (${goodRed.toFixed(3)} → ${badRed.toFixed(3)})`);
    assert.equal(await page.getAttribute('.predict', 'data-predict'), 'revealed', `${slug}: answered after the violating run`);
    assert.notEqual(await page.locator('[data-outcome]').getAttribute('open'), null, `${slug}: what broke opens after the violating run`);

    // Reset: a fresh, healthy run with no incident.
    await page.click(`${root} [data-sim-control="reset"]`);
    assert.equal(await status(page, slug), 'healthy');
    assert.match(await incident(), /No incident/);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

for (const slug of ['build-release-run', 'config', 'admin-processes']) {
  test(`${slug}: replaying the solution meets the challenge (judged as the content tests judge it) and completes the lesson`, async () => {
    const page = await newPage(browser);
    await openLesson(page, server.url, slug);
    const root = `[data-sim="${slug}"]`;
    assert.equal(await page.getAttribute('.challenge', 'data-challenge-status'), 'unmet');
    await page.check(`${root} [data-sim-control="speed-10"]`);
    await page.click('.solution summary');
    await page.click('[data-solution-replay]');
    for (let s = 0; s < 90 && (await page.getAttribute('.challenge', 'data-challenge-status')) !== 'met'; s++) await waitTicks(page, slug, HZ);
    assert.equal(await page.getAttribute('.challenge', 'data-challenge-status'), 'met');
    assert.match(await page.textContent('.challenge-strip'), /Challenge met/);
    assert.equal(await page.getAttribute('.complete-toggle', 'aria-pressed'), 'true', 'meeting the challenge completes the lesson');
    // The home page paints from HTML first; the progress is the app's to show.
    await Promise.all([page.waitForURL(server.url + '/'), page.click('.site-header a.brand')]);
    await appReady(page);
    assert.match(await page.textContent('.progress-summary'), new RegExp(`1 of ${SLUGS.length} lessons complete`));
    assert.match(await page.textContent(`[data-factor="${slug}"]`), /complete/);
    await page.reload();
    await appReady(page);
    assert.match(await page.textContent('.progress-summary'), new RegExp(`1 of ${SLUGS.length} lessons complete`), 'progress survives a reload');
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
  for (let s = 0; s < 20 && (await status(page, 'processes')) !== 'broken'; s++) await waitTicks(page, 'processes', HZ);
  assert.equal(await status(page, 'processes'), 'broken');
  assert.match(await page.textContent('[data-sim="processes"] .incident-slot'), /carts/i);
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
