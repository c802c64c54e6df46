// Size budgets: bytes do not jitter, so these are asserted. Each bundle's first load is its
// HTML plus the JS, wasm and CSS it loads, brotli-compressed as the server sends them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sizes } from '../../scripts/size-report.mjs';
import { CATALOGUE } from './helpers.mjs';

// Every bundle's whole app. (The largest, presenter mode, is 156.6 KB; the home page and lessons
// read before any of it arrives: see the next test.)
const BUDGET_BROTLI = 160 * 1024;
// What a reader needs before the app: a static page and its stylesheets (about 12 KB today).
const READABLE_BROTLI = 16 * 1024;

test('every bundle’s first load fits the budget (160 KB brotli)', async () => {
  const s = await sizes('dist');
  assert.equal(s.entries.length, 6);
  for (const e of s.entries) {
    const kinds = [...new Set(e.files.map((f) => f.split('.').pop()))].sort();
    assert.deepEqual(kinds, ['css', 'html', 'js', 'wasm'], `${e.entry} loads html, js, wasm and css`);
    console.log(`${e.entry}: ${(e.brotli / 1024).toFixed(1)} KB brotli of ${BUDGET_BROTLI / 1024} KB`);
    assert.ok(e.brotli <= BUDGET_BROTLI, `${e.entry}: ${e.brotli} bytes > ${BUDGET_BROTLI}`);
  }
});

test('every static page is readable with 16 KB brotli, before the app', async () => {
  const s = await sizes('dist');
  // A page's stylesheets are its bundle's: the sandbox's, the practice bundle's (missions and
  // drills) or the main one.
  const bundle = (file) => (file.startsWith('sandbox/') ? 'sandbox/' : /^(missions|drills)\//.test(file) ? 'practice/' : '');
  const css = (dir) => s.files.filter((f) => f.file.startsWith(dir) && !f.file.slice(dir.length).includes('/') && /-[0-9a-f]{16}\.css$/.test(f.file));
  assert.equal(css('').length, 1, 'one stylesheet for the home page and lessons');
  // Every static page the catalogue lists: home, lessons, sandbox, missions, each mission, drills.
  const files = CATALOGUE.pages.map((p) => (p === '' ? 'index.html' : p.endsWith('/') ? `${p}index.html` : `${p}.html`));
  const pages = s.files.filter((f) => files.includes(f.file));
  assert.equal(pages.length, files.length, 'every page is built');
  for (const p of pages) {
    const sheets = css(bundle(p.file));
    assert.ok(sheets.length >= 1, `${p.file}: its stylesheet`);
    const total = p.brotli + sheets.reduce((a, f) => a + f.brotli, 0);
    console.log(`${p.file}: ${(total / 1024).toFixed(1)} KB brotli with its stylesheets`);
    assert.ok(total <= READABLE_BROTLI, `${p.file}: ${total} bytes > ${READABLE_BROTLI}`);
  }
});

test('a lesson body is fetched separately and is small', async () => {
  const s = await sizes('dist');
  const lessons = s.files.filter((f) => f.file.startsWith('lessons/'));
  // One per lesson and the introduction, and one per translation of them.
  const per = CATALOGUE.lessons.length + 1;
  const offered = CATALOGUE.languages.filter((l) => l.offered).length;
  assert.ok(lessons.length >= per && lessons.length <= per * offered, `${lessons.length} data files for ${per} lessons in ${offered} languages`);
  for (const l of lessons) assert.ok(l.brotli < 8 * 1024, `${l.file}: ${l.brotli} bytes brotli`);
});
