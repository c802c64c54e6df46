// Workshops: presenter mode by keyboard, the printable handout (printed to PDF), and moving
// progress between devices (export, import, reset with confirmation, corrupt saved data).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { serve, launch, newPage, appReady, until, waitTicks, SCREENSHOTS, SLUGS } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve('dist', '/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test('presenter mode: one step per screen, arrows, space, r, notes', async () => {
  const page = await newPage(browser, { viewport: { width: 1920, height: 1080 } });
  await page.goto(`${server.url}/factors/processes`);
  await appReady(page);
  await page.click('a.present-link');
  await page.waitForSelector('[data-present="processes"]');
  assert.match(await page.textContent('.present-count'), /^1 \/ \d+$/);
  const total = Number((await page.textContent('.present-count')).split('/ ')[1]);
  assert.ok(total >= 8, `${total} steps`);
  await page.screenshot({ path: `${SCREENSHOTS}/present-title.png` });
  await page.keyboard.press('ArrowRight');
  assert.match(await page.textContent('.present-count'), /^2 \//);
  assert.equal(await page.locator('.present-screen h2').count(), 1, 'one section per screen');
  await page.keyboard.press('ArrowLeft');
  assert.match(await page.textContent('.present-count'), /^1 \//);
  // Walk to the simulation with the right arrow; space plays and pauses it, r resets it.
  for (let i = 0; i < total && (await page.locator('.present-screen [data-sim]').count()) === 0; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('.present-screen [data-sim="processes"]').count(), 1);
  await page.locator('h1, .present-count').first().click(); // focus off any control
  await page.keyboard.press(' ');
  assert.equal(await page.getAttribute('[data-sim-control="play"]', 'aria-pressed'), 'true');
  await waitTicks(page, 'processes', 32);
  await page.keyboard.press(' ');
  assert.equal(await page.getAttribute('[data-sim-control="play"]', 'aria-pressed'), 'false');
  assert.notEqual(await page.textContent('.clock'), 't = 0.0 s');
  await page.keyboard.press('r');
  assert.equal(await page.textContent('.clock'), 't = 0.0 s');
  await page.screenshot({ path: `${SCREENSHOTS}/present-sim.png` });
  await page.keyboard.press('n');
  assert.equal(await page.locator('.present-notes').count(), 1, 'notes toggle on');
  await page.keyboard.press('n');
  assert.equal(await page.locator('.present-notes').count(), 0);
  assert.deepEqual(page.problems, []);
});

for (const [width, height] of [[1920, 1080], [1280, 720]]) {
  test(`presenter mode at ${width}×${height}: every slide fits without scrolling, text at least 28 px, the simulation slide shows picture, incident and counters together`, async () => {
    const page = await newPage(browser, { viewport: { width, height } });
    const problems = [];
    for (const slug of ['config', 'admin-processes', 'port-binding']) {
      await page.goto(`${server.url}/present/${slug}/`);
      await appReady(page);
      await page.waitForSelector(`[data-present="${slug}"]`);
      const total = Number((await page.textContent('.present-count')).split('/ ')[1]);
      for (let i = 0; i < total; i++) {
        await page.waitForSelector(`.present-screen[data-fitted="${i}"]`);
        const m = await page.evaluate(() => ({
          over: document.scrollingElement.scrollHeight - window.innerHeight,
          font: parseFloat(getComputedStyle(document.querySelector('.presenter')).fontSize),
          sim: !!document.querySelector('.present-screen [data-sim]'),
        }));
        if (m.over > 1) problems.push(`${slug} slide ${i + 1}: ${m.over}px too tall`);
        if (m.font < 28) problems.push(`${slug}: base text ${m.font}px`);
        if (m.sim) {
          const inView = await page.evaluate(() => ['svg.picture', '.incident-slot', '.counters'].every((sel) => {
            const r = document.querySelector(`.present-screen ${sel}`).getBoundingClientRect();
            return r.top >= 0 && r.bottom <= window.innerHeight + 1 && r.height > 0;
          }));
          if (!inView) problems.push(`${slug}: picture, incident and counters are not all on the simulation slide`);
          if (slug === 'config') await page.screenshot({ path: `${SCREENSHOTS}/present-sim-${width}.png` });
        }
        await page.keyboard.press('ArrowRight');
      }
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test('the handout holds all twelve lessons and prints to PDF', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}/handout/`);
  await appReady(page);
  await page.waitForSelector('.handout-lesson[data-handout="admin-processes"]', { timeout: 20000 });
  assert.equal(await page.locator('.handout-lesson').count(), SLUGS.length);
  assert.equal(await page.locator('.handout-lesson .try-it a').count(), SLUGS.length);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  await writeFile(`${SCREENSHOTS}/handout.pdf`, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`handout: ${pages} PDF pages, ${(pdf.length / 1024).toFixed(0)} KB`);
  assert.ok(pages >= 13, `${pages} pages: a cover and at least one page per lesson`);
  assert.deepEqual(page.problems, []);
});

test('progress moves between devices, resets with confirmation, and survives corrupt data', async () => {
  // Device A: complete a lesson, export the code.
  const a = await newPage(browser);
  await a.goto(`${server.url}/factors/logs`);
  await appReady(a);
  await a.click('.complete-toggle');
  await a.goto(`${server.url}/progress/`);
  await appReady(a);
  const code = await a.inputValue('[data-progress-code]');
  assert.match(code, /^tfp1;completed=logs;challenges=$/);
  // Device B (a fresh context) with corrupt saved data: it starts fresh and says so.
  const b = await newPage(browser);
  await b.addInitScript(() => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('twelve-factor-playground.progress', '{"v":1,"completed":['); sessionStorage.setItem('seeded', '1'); } });
  await b.goto(`${server.url}/progress/`);
  await appReady(b);
  assert.match(await b.textContent('.notice'), /could not be read/);
  assert.match(await b.textContent('main'), /Unreadable data kept aside/);
  await b.fill('[data-progress-import]', 'not a code');
  await b.click('[data-progress-import-go]');
  assert.match(await b.textContent('.said'), /could not be imported.*Nothing was changed/);
  await b.fill('[data-progress-import]', code);
  await b.click('[data-progress-import-go]');
  assert.match(await b.textContent('.said'), /Imported/);
  assert.match(await b.textContent('.progress-page .lede'), new RegExp(`1 of ${SLUGS.length}`));
  await b.goto(`${server.url}/`);
  await appReady(b);
  assert.match(await b.textContent('.progress-summary'), new RegExp(`1 of ${SLUGS.length} lessons complete`));
  // Reset needs a confirmation, and "keep it" keeps it.
  await b.goto(`${server.url}/progress/`);
  await appReady(b);
  await b.click('[data-progress-reset]');
  await b.click('text=Keep it');
  assert.match(await b.textContent('.progress-page .lede'), new RegExp(`1 of ${SLUGS.length}`));
  await b.click('[data-progress-reset]');
  await b.click('[data-progress-reset-confirm]');
  assert.match(await b.textContent('.progress-page .lede'), new RegExp(`0 of ${SLUGS.length}`));
  assert.deepEqual([...a.problems, ...b.problems], []);
});
