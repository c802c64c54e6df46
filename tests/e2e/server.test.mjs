// The workshop server as one file: built with the site inside (scripts/test.sh and serve.sh
// build it so), it serves the whole site from any folder, with nothing beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOGUE, startServer } from './helpers.mjs';

test('the server binary alone serves the whole site, from an empty folder', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'no-site-'));
  const { listening, close } = await startServer(['--port', '0'], empty);
  try {
    assert.equal(listening.site, 'the site inside this binary', JSON.stringify(listening));
    assert.ok(!existsSync(join(empty, 'dist')), 'nothing beside it');
    const home = await fetch(listening.url);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /Twelve-Factor Playground/);
    for (const l of CATALOGUE.lessons) {
      const page = await fetch(`${listening.url}${l.path}`);
      assert.equal(page.status, 200, l.path);
      assert.match(await page.text(), new RegExp(`<h1>${l.number}\\. `), l.path);
    }
    const sw = await fetch(`${listening.url}sw.js`);
    assert.equal(sw.status, 200);
    assert.equal(sw.headers.get('cache-control'), 'no-cache');
    assert.equal((await fetch(`${listening.url}no/such/page`)).status, 404);
  } finally {
    close();
  }
});
