// Size budgets: bytes do not jitter, so these are asserted. Each bundle's first load is its
// HTML plus the JS, wasm and CSS it loads, brotli-compressed as the server sends them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sizes } from '../../scripts/size-report.mjs';

// Raised from 150 KB when the engine learned each factor's own failure and the picture its responsive
// layout (+13 KB for home and lessons); bringing it down is the static-first work's job.
const BUDGET_BROTLI = 165 * 1024;

test('every bundle’s first load fits the budget (165 KB brotli)', async () => {
  const s = await sizes('dist');
  assert.equal(s.entries.length, 6);
  for (const e of s.entries) {
    const kinds = [...new Set(e.files.map((f) => f.split('.').pop()))].sort();
    assert.deepEqual(kinds, ['css', 'html', 'js', 'wasm'], `${e.entry} loads html, js, wasm and css`);
    console.log(`${e.entry}: ${(e.brotli / 1024).toFixed(1)} KB brotli of ${BUDGET_BROTLI / 1024} KB`);
    assert.ok(e.brotli <= BUDGET_BROTLI, `${e.entry}: ${e.brotli} bytes > ${BUDGET_BROTLI}`);
  }
});

test('a lesson body is fetched separately and is small', async () => {
  const s = await sizes('dist');
  const lessons = s.files.filter((f) => f.file.startsWith('lessons/'));
  assert.equal(lessons.length, 13);
  for (const l of lessons) assert.ok(l.brotli < 8 * 1024, `${l.file}: ${l.brotli} bytes brotli`);
});
