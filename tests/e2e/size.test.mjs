// Size budget: bytes do not jitter, so this is asserted. The first load is index.html plus
// the JS, wasm and CSS it loads, brotli-compressed as the server sends them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sizes } from '../../scripts/size-report.mjs';

const BUDGET_BROTLI = 150 * 1024;

test('first load fits the budget (150 KB brotli)', async () => {
  const s = await sizes('dist');
  const kinds = s.files.filter((f) => f.firstLoad).map((f) => f.file.split('.').pop()).sort();
  assert.deepEqual([...new Set(kinds)], ['css', 'html', 'js', 'wasm'], 'first load has html, js, wasm and css');
  console.log(`first load: ${(s.firstLoad.brotli / 1024).toFixed(1)} KB brotli of ${BUDGET_BROTLI / 1024} KB`);
  assert.ok(s.firstLoad.brotli <= BUDGET_BROTLI, `${s.firstLoad.brotli} bytes > ${BUDGET_BROTLI}`);
});
