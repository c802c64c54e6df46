// Workshops: presenter mode by keyboard, the session builder, the speaker view in step with
// presenter mode, the printable handout (printed to PDF), and moving
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

/** A PDF's page count. */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
/** A4 inside the handout's `@page` margins (14 mm at the sides, 14 and 16 mm above and below), in CSS pixels. */
const A4_INSIDE = { width: Math.floor((210 - 28) * 96 / 25.4), height: Math.floor((297 - 30) * 96 / 25.4) };

/** The handout at `query`, ready, and for each lesson's page as printed: how far its content
 * runs past the page (a page is one A4 page tall), and how tall its picture is drawn. */
/** Each lesson's page is at most a page tall, nothing runs past it, and its picture is drawn
 * at least 60 mm tall (big enough to read its labels on paper). */
function fitsAPage(parts) {
  for (const { slug, height, over, picture } of parts) {
    assert.ok(height <= A4_INSIDE.height, `${slug}: ${Math.round(height)} px is taller than an A4 page (${A4_INSIDE.height} px)`);
    assert.ok(over <= 1, `${slug}: the content runs ${over} px past its page`);
    assert.ok(picture >= 60 * 96 / 25.4, `${slug}: the picture is only ${Math.round(picture)} px tall`);
  }
}

async function handout(query) {
  const page = await newPage(browser, { viewport: { width: A4_INSIDE.width, height: 900 } });
  await page.goto(`${server.url}/handout/${query}`);
  await appReady(page);
  await page.waitForSelector('[data-handout-ready]', { timeout: 20000 });
  await page.emulateMedia({ media: 'print' });
  const pages = await page.$$eval('.handout-lesson', (els) => els.map((e) => ({
    slug: e.dataset.handout,
    height: e.getBoundingClientRect().height,
    over: e.scrollHeight - e.clientHeight,
    picture: e.querySelector('svg.picture')?.getBoundingClientRect().height ?? 0,
  })));
  return { page, pages };
}

test('handout: one printed page per lesson of the session (idea, broken picture, prediction, challenge, QR), the answers in a key at the back', async () => {
  const session = ['config', 'logs', 'processes'];
  const { page, pages: parts } = await handout(`?session=${session.join(',')}&minutes=60`);
  assert.deepEqual(parts.map((p) => p.slug), session, 'only the session’s lessons, in its order');
  fitsAPage(parts);
  for (const slug of session) {
    const part = page.locator(`.handout-lesson[data-handout="${slug}"]`);
    assert.equal(await part.locator('figure.handout-picture svg.picture').count(), 1, `${slug}: the broken picture, drawn`);
    assert.match(await part.locator('figcaption').textContent(), /^With the factor violated: \w/, `${slug}: the picture says what broke`);
    assert.equal(await part.locator('svg.qr').count(), 1, `${slug}: a QR code`);
    assert.equal(await part.locator(`a[href="${server.url}/factors/${slug}"]`).count(), 1, `${slug}: the link`);
    assert.equal(await part.locator('.predict').count(), 1);
    assert.equal(await part.locator('.challenge').count(), 1);
    assert.equal(await part.locator('.answer').count(), 0, `${slug}: no answer under its question`);
  }
  assert.deepEqual(await page.$$eval('.key-lesson', (els) => els.map((e) => e.dataset.key)), session, 'the key, in the same order');
  assert.ok(await page.locator('.handout-key .answer').count() >= session.length);
  assert.match(await page.textContent('.handout-plan'), /3\. Config · \d+ min/);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await writeFile(`${SCREENSHOTS}/handout-session.pdf`, pdf);
  const pages = pdfPages(pdf);
  console.log(`handout for ${session.length} lessons: ${pages} PDF pages`);
  // The cover, a page per lesson, and the key (one or two pages for three lessons).
  assert.ok(pages === 1 + session.length + 1 || pages === 1 + session.length + 2, `${pages} pages`);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator('.handout-lesson[data-handout="config"]').screenshot({ path: `${SCREENSHOTS}/handout-config.png` });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('handout: the whole course, every lesson on its own page; a broken session link is said and does not stop it', async () => {
  const { page, pages: parts } = await handout('');
  assert.equal(parts.length, SLUGS.length);
  fitsAPage(parts);
  const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  console.log(`handout for the whole course: ${pages} PDF pages`);
  // The cover, a page per lesson, and the key (about two lessons' answers to a page).
  assert.ok(pages >= 1 + SLUGS.length + 1 && pages <= 1 + SLUGS.length + Math.ceil(SLUGS.length * 0.75), `${pages} pages`);
  await page.goto(`${server.url}/handout/?session=logs,nope&minutes=soon`);
  await appReady(page);
  await page.waitForSelector('[data-handout-ready]', { timeout: 20000 });
  assert.equal(await page.locator('.handout-lesson').count(), 1);
  assert.match(await page.textContent('.link-notices'), /“soon”.*“nope”/s);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('session builder: pick, order and time a session; the links carry it; a reload keeps it', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}/workshop/?session=logs,config&minutes=45`);
  await appReady(page);
  const order = () => page.$$eval('[data-session-lesson]', (els) => els.map((e) => e.dataset.sessionLesson));
  const planned = async () => (await page.$$eval('.session-time', (els) => els.map((e) => Number(/planned (\d+) min/.exec(e.textContent)?.[1])))).reduce((a, b) => a + b, 0);
  assert.deepEqual(await order(), ['logs', 'config']);
  assert.equal(await planned(), 45);
  await page.click('[data-session-add="processes"]');
  await page.focus('#up-processes');
  await page.keyboard.press('Enter');
  assert.deepEqual(await order(), ['logs', 'processes', 'config']);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'up-processes', 'focus stays on the moved lesson’s button');
  await page.fill('#budget', '30');
  assert.equal(await planned(), 30);
  assert.match(await page.textContent('.builder-summary'), /more than the 30 min you have/);
  const query = 'session=logs,processes,config&minutes=30';
  assert.ok(page.url().endsWith(`/workshop/?${query}`), page.url());
  assert.equal(await page.getAttribute('[data-builder-link="present"]', 'href'), `/present/logs/?${query}`);
  assert.equal(await page.getAttribute('[data-builder-link="speaker"]', 'href'), `/speaker/logs/?${query}`);
  assert.equal(await page.getAttribute('[data-builder-link="handout"]', 'href'), `/handout/?${query}`);
  await page.screenshot({ path: `${SCREENSHOTS}/builder-1280.png`, fullPage: true });
  await page.reload();
  await appReady(page);
  assert.deepEqual(await order(), ['logs', 'processes', 'config'], 'the plan lives in the address');
  await page.setViewportSize({ width: 390, height: 800 });
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= window.innerWidth), 'nothing wider than a phone');
  await page.screenshot({ path: `${SCREENSHOTS}/builder-390.png`, fullPage: true });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('speaker view: in step with presenter mode both ways, with the answer, the notes and the clock; the session moves both to the next lesson, from either window', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const query = '?session=config,logs,processes&minutes=60';
  const projected = await context.newPage();
  const speaker = await context.newPage();
  const problems = [];
  for (const p of [projected, speaker]) p.on('pageerror', (e) => problems.push(e.message));
  await projected.goto(`${server.url}/present/config/${query}`);
  await appReady(projected);
  await projected.waitForSelector('[data-present="config"]');
  assert.match(await projected.textContent('.present-title'), /Lesson 1 of 3 in this session/);
  await speaker.goto(`${server.url}/speaker/config/${query}`);
  await appReady(speaker);
  await speaker.waitForSelector('[data-speaker-linked="true"]');
  const count = async (p, sel) => Number((await p.textContent(sel)).split(' /')[0]);
  const total = Number((await projected.textContent('.present-count')).split('/ ')[1]);
  assert.equal(Number((await speaker.textContent('[data-speaker-count]')).split('/ ')[1]), total, 'the same deck');
  await speaker.keyboard.press('ArrowRight');
  await until(async () => (await count(projected, '.present-count')) === 2);
  await projected.keyboard.press('ArrowRight');
  await until(async () => (await count(speaker, '[data-speaker-count]')) === 3);
  assert.match(await speaker.textContent('.speaker-elapsed'), /^\d+:\d\d$/);
  assert.match(await speaker.textContent('.speaker-pace'), /Planned: minute 0 to \d+ of 1 h · (On time|.* behind)/);
  assert.ok((await speaker.textContent('.speaker-notes')).length > 40, 'the facilitator notes');
  // Walk the speaker view to the prediction: its answer is there, and the room's screen is on it.
  for (let i = 3; i < total && !/Prediction/.test(await speaker.textContent('.speaker-now')); i++) await speaker.click('[data-speaker-next]');
  assert.match(await speaker.textContent('.speaker-answer'), /Option \d: /);
  const at = await count(speaker, '[data-speaker-count]');
  await until(async () => (await count(projected, '.present-count')) === at);
  await until(async () => (await projected.locator('.present-screen .predict').count()) === 1);
  await speaker.screenshot({ path: `${SCREENSHOTS}/speaker-1280.png` });
  // From the last screen, on to the session's next lesson: the projected window goes on, and
  // the speaker view follows it.
  while ((await count(speaker, '[data-speaker-count]')) < total) await speaker.click('[data-speaker-next]');
  assert.match(await speaker.textContent('.speaker-next'), /Next lesson: 11\. Logs/);
  await until(async () => (await count(projected, '.present-count')) === total);
  assert.equal(await projected.textContent('[data-present-next]'), 'Next lesson →');
  await projected.keyboard.press('ArrowRight');
  await projected.waitForURL(`**/present/logs/${query}`);
  await speaker.waitForURL(`**/speaker/logs/${query}`);
  await appReady(speaker);
  await speaker.waitForSelector('[data-speaker-linked="true"]');
  // And from the speaker view: both go on to the third lesson.
  const logsTotal = Number((await speaker.textContent('[data-speaker-count]')).split('/ ')[1]);
  while ((await count(speaker, '[data-speaker-count]')) < logsTotal) await speaker.click('[data-speaker-next]');
  await speaker.click('[data-speaker-next]');
  await speaker.waitForURL(`**/speaker/processes/${query}`);
  await projected.waitForURL(`**/present/processes/${query}`);
  await appReady(speaker);
  await speaker.waitForSelector('[data-speaker="processes"]');
  assert.match(await speaker.textContent('.speaker-head'), /Lesson 3 of 3 in this session/);
  await speaker.setViewportSize({ width: 390, height: 800 });
  assert.ok(await speaker.evaluate(() => document.scrollingElement.scrollWidth <= window.innerWidth), 'nothing wider than a phone');
  await speaker.screenshot({ path: `${SCREENSHOTS}/speaker-390.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
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
