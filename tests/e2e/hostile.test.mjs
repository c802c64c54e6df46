// Hardening: hostile saved progress, messages from foreign frames, a panic, and the
// Content-Security-Policy. For each: no script runs, no dead page, nothing saved is lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { serve, launch, newPage, showSim, appReady, openLesson, until, status, waitTicks, SCREENSHOTS, SLUGS } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve('dist', '/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const KEY = 'twelve-factor-playground.progress';
const ASIDE = 'twelve-factor-playground.progress.unreadable';

test('hostile saved progress: fresh start, a notice, the raw data kept aside', async () => {
  const payloads = {
    truncated: 'tfp1;completed=con',
    'wrong version': 'tfp9;completed=config',
    'old JSON': '{"v":1,"completed":["config"]}',
    huge: 'tfp1;completed=' + 'config,'.repeat(4000),
    script: 'tfp1;completed=<img src=x onerror="window.__pwned=1">',
  };
  for (const [name, raw] of Object.entries(payloads)) {
    const page = await newPage(browser);
    await page.addInitScript(([k, v]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); } }, [KEY, raw]);
    await page.goto(`${server.url}/`);
    await appReady(page);
    const kept = await page.evaluate((k) => localStorage.getItem(k), ASIDE);
    if (name === 'truncated' || name === 'script') {
      // Readable format: unknown slugs are dropped, the rest kept; nothing to set aside.
      assert.equal(await page.locator('.notice').count(), 0, name);
    } else {
      assert.match(await page.textContent('.notice'), /could not be read/, name);
      assert.equal(kept, raw, `${name}: the raw data is kept aside, not lost`);
    }
    assert.equal(await page.locator('.cards > li').count(), SLUGS.length, `${name}: the page works`);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, `${name}: no script ran`);
    await page.goto(`${server.url}/factors/processes`);
    await appReady(page); // the button is on the page before the app makes it work
    await page.click('.complete-toggle');
    assert.match(await page.evaluate((k) => localStorage.getItem(k), KEY), /processes/, `${name}: progress saves again`);
    assert.deepEqual(page.problems, [], name);
    await page.context().close();
  }
});

test('messages from a foreign frame change nothing', async () => {
  const page = await newPage(browser);
  const attacker = `<!doctype html><title>not ours</title>
    <iframe id="lesson" src="${server.url}/embed/config/" style="height:300px"></iframe>
    <script src="${server.url}/embed.js"></script>
    <script>
      // The test calls attack() once it is listening on both sides.
      window.attack = () => {
        const f = document.getElementById('lesson');
        const hostile = [ 'hello', 42, null, { type: 'twelve-factor:status', status: '<img src=x onerror=alert(1)>' },
          { type: 'twelve-factor:resize', height: 1e9 }, { type: 'twelve-factor:hello' }, { type: 'twelve-factor:hello', then: 'x' },
          { type: 'set', practice: 'violating' }, { __proto__: { type: 'twelve-factor:hello' } } ];
        hostile.forEach((m) => f.contentWindow.postMessage(m, '*'));
        // A foreign window pretending to be the lesson: the host script must ignore it.
        window.postMessage({ type: 'twelve-factor:resize', slug: 'config', height: 5000 }, '*');
        return hostile.length;
      };
    </script>`;
  const srv = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(attacker));
  await new Promise((ok) => srv.listen(0, 'localhost', ok));
  await page.goto(`http://localhost:${srv.address().port}/`);
  const frame = page.frameLocator('#lesson');
  await frame.locator('[data-sim="config"]').waitFor();
  // Count what arrives, in the lesson's frame and in the host page, then attack.
  const lesson = page.frames().find((f) => f.url().includes('/embed/config/'));
  await lesson.evaluate(() => { window.__got = 0; addEventListener('message', () => window.__got++); });
  await page.evaluate(() => { window.__got = 0; addEventListener('message', (e) => { if (e.data?.height === 5000) window.__got++; }); });
  const sent = await page.evaluate(() => window.attack());
  assert.ok(await until(async () => (await lesson.evaluate(() => window.__got)) >= sent, 10000), 'the lesson received every hostile message');
  assert.ok(await until(() => page.evaluate(() => window.__got >= 1), 10000), 'the host page received the forged resize');
  // Both sides have handled them (each message is handled in its own task, before this one).
  await lesson.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  const height = await page.evaluate(() => document.getElementById('lesson').getBoundingClientRect().height);
  assert.ok(height < 4000, `a foreign window cannot resize the frame (${height})`);
  assert.equal(await frame.locator('[data-sim="config"]').getAttribute('data-sim-status'), 'healthy');
  assert.equal(await frame.locator('[data-sim-control="violate"]').isChecked(), false, 'messages cannot flip the switch');
  assert.equal(await page.getAttribute('#lesson', 'data-status'), 'healthy', 'the status came from the real lesson');
  srv.close();
  assert.deepEqual(page.problems, []);
});

test('a browser not driven by automation has no test trigger for a panic', async () => {
  const page = await newPage(browser);
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false }));
  await openLesson(page, server.url, 'logs');
  assert.equal(await page.evaluate(() => navigator.webdriver), false);
  await page.evaluate(() => window.dispatchEvent(new Event('twelve-factor:test-panic')));
  // The simulation keeps running (simulated time goes on) and no panel appears.
  await page.click('[data-sim-control="trigger"]');
  await waitTicks(page, 'logs', 64);
  assert.equal(await page.locator('#crash-panel').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a panic shows a friendly panel with a way out, never a dead page', async () => {
  const page = await newPage(browser);
  await openLesson(page, server.url, 'logs');
  page.problems.length = 0;
  await page.evaluate(() => window.dispatchEvent(new Event('twelve-factor:test-panic')));
  await page.waitForSelector('#crash-panel');
  assert.match(await page.textContent('#crash-panel'), /stopped working/);
  assert.match(await page.inputValue('#crash-panel textarea'), /test panic requested by the page/);
  assert.ok(page.problems.some((p) => p.includes('Twelve-Factor Playground stopped')), 'details logged to the console');
  await page.screenshot({ path: `${SCREENSHOTS}/crash-panel.png` });
  await Promise.all([page.waitForEvent('load'), page.click('#crash-panel a:has-text("Reset this lesson")')]);
  await showSim(page, 'logs');
  assert.equal(await page.locator('#crash-panel').count(), 0, 'the lesson works again');
});

test('the Content-Security-Policy allows the app and blocks injected script', async () => {
  const page = await newPage(browser);
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  for (const path of ['/', '/factors/config', '/sandbox/', '/embed/logs/', '/present/logs/', '/handout/']) {
    await page.goto(server.url + path);
    await appReady(page);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/, path);
    assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'/, path);
  }
  assert.deepEqual(violations, [], 'the app itself needs nothing the policy forbids');
  const ran = await page.evaluate(() => { const s = document.createElement('script'); s.textContent = 'window.__injected = 1'; document.body.append(s); return window.__injected; });
  assert.equal(ran, undefined, 'an injected inline script does not run');
  assert.ok(await until(() => violations.length >= 1, 5000), 'and the attempt is reported as a violation');
});
