// Shared set-up for the end-to-end tests: serve a release build on loopback with the workshop
// server (crates/server), drive Debian's Chromium with playwright-core, and collect every
// console error and page error.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SCREENSHOTS = 'screenshots';
mkdirSync(SCREENSHOTS, { recursive: true });

/** What the build exported (`dist/catalogue.json`, from the content and the engine): lessons,
 *  factors, missions, events, metrics and pages. Tests read their lists here, never keep their own. */
export const CATALOGUE = (() => {
  try { return JSON.parse(readFileSync('dist/catalogue.json', 'utf8')); }
  catch (e) { throw new Error(`dist/catalogue.json is missing or unreadable (${e.message}): build first with bash scripts/build.sh`); }
})();
/** The lessons' slugs, in order. */
export const SLUGS = CATALOGUE.lessons.map((l) => l.slug);
/** The slugs of the lessons that run a simulation (a reading lesson has `scenario: null`). */
export const SIM_SLUGS = CATALOGUE.lessons.filter((l) => l.scenario).map((l) => l.slug);
/** A lesson's number (its place in the course, as its heading shows it). */
export const numberOf = (slug) => CATALOGUE.lessons.find((l) => l.slug === slug).number;

/** The workshop server (crates/server), built by `cargo build --release -p tfp-server`. */
const SERVER = 'target/release/playground-server';

/** Start the workshop server with `args` (run in `cwd`); returns its first stdout line, the
 * `listening` event (`{ url, site, … }`), and a way to stop it. */
export async function startServer(args, cwd = process.cwd()) {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: build it with cargo build --release -p tfp-server`);
  const child = spawn(resolve(SERVER), args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const listening = await new Promise((ok, fail) => {
    let first = '';
    const onData = (d) => {
      first += String(d);
      const line = first.split('\n')[0];
      if (!first.includes('\n')) return;
      child.stdout.off('data', onData);
      child.stdout.resume(); // the request log: read and dropped
      try { ok(JSON.parse(line)); } catch { fail(new Error(`the server said: ${line}`)); }
    };
    child.stdout.on('data', onData);
    child.stderr.resume();
    child.on('exit', (code) => fail(new Error(`the server exited ${code}`)));
  });
  return { listening, close: () => child.kill() };
}

/** Serve `dir` under `base` with the workshop server on a free port; returns { url, close }. */
export async function serve(dir = 'dist', base = '/') {
  const { listening, close } = await startServer(['--dir', dir, '--port', '0', '--base', base]);
  return { url: listening.url.replace(/\/$/, ''), close };
}

/** Launch Chromium the way this machine needs it. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}

/** A new page that records console errors and page errors into `page.problems`. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.problems = [];
  // A page the site does not have is answered with its not-found page and status 404, which
  // Chromium logs as an error; that one is expected (tests check the page itself).
  const missing = new Set();
  page.on('response', (r) => { if (r.status() === 404 && r.request().isNavigationRequest()) missing.add(r.url()); });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (/status of 404/.test(m.text()) && missing.has(m.location().url)) return;
    page.problems.push('console: ' + m.text());
  });
  page.on('pageerror', (e) => page.problems.push('pageerror: ' + e.message));
  return page;
}

/** Wait until the app is running: it has made the static page live, or replaced the loading shell. */
export async function appReady(page) {
  await page.waitForSelector('html[data-app="live"]', { state: 'attached', timeout: 20000 });
}

/** Simulation root of a page. */
export const sim = (page, slug) => page.locator(`[data-sim="${slug}"]`);

import { createRequire } from 'node:module';

/** axe-core, to inject into a page (needs `bypassCSP: true`: it is an inline script). */
export const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe's serious and critical findings in the page, or inside `sel`, as `rule at target` lines. */
export async function axeSerious(page, sel = null) {
  return page.evaluate(async (s) => {
    const r = await window.axe.run(s ? document.querySelector(s) : document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} at ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
  }, sel);
}

import { PNG } from 'pngjs';

/** Share of pixels in a PNG screenshot that are strongly red (the "broken" colour family). */
export function redShare(buffer) {
  const png = PNG.sync.read(buffer);
  let red = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    if (r > 150 && r > g * 1.5 && r > b * 1.5) red++;
    else if (r > 230 && g < 235 && b < 235 && r - g > 20 && r - b > 20) red++; // the pale red fill
  }
  return red / (png.width * png.height);
}

/** Poll `fn` until it returns truthy or `ms` pass; returns the last value. */
export async function until(fn, ms = 30000, every = 100) {
  const end = Date.now() + ms;
  let v;
  while (Date.now() < end) {
    v = await fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, every));
  }
  return v;
}

/** A lesson's simulation starts when the reader comes near it: scroll to it and wait. */
export async function showSim(page, slug) {
  await appReady(page);
  await page.locator('section.sim').first().scrollIntoViewIfNeeded();
  await page.waitForSelector(`[data-sim="${slug}"]`);
}

/** Open a lesson and wait until its body (with the simulation) is on the page. */
export async function openLesson(page, base, slug) {
  await page.goto(`${base}/factors/${slug}`);
  await showSim(page, slug);
  await page.waitForSelector('.challenge');
}

export const status = (page, slug) => page.getAttribute(`[data-sim="${slug}"]`, 'data-sim-status');

/** The simulated tick a simulation shows. */
export const tick = async (page, slug) => Number(await page.getAttribute(`[data-sim="${slug}"]`, 'data-sim-tick'));

/** Wait until `ticks` more simulated ticks have passed (the simulation must be playing). */
export async function waitTicks(page, slug, ticks, timeout = 30000) {
  const target = (await tick(page, slug)) + ticks;
  await page.waitForFunction(([s, t]) => Number(document.querySelector(`[data-sim="${s}"]`)?.getAttribute('data-sim-tick')) >= t, [slug, target], { timeout, polling: 50 });
}
