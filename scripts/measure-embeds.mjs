#!/usr/bin/env node
// Measures each lesson's embed in a frame as wide as a typical blog column and writes
// content/embed-heights.json. The embed snippet and the oEmbed answer give the iframe that
// height, so a post lays out at its final height before the lesson has loaded; embed.js
// corrects it in columns of other widths. Run it on a fresh release build after changing
// anything that moves the embed (the end-to-end embed test says when):
//   bash scripts/build.sh && node scripts/measure-embeds.mjs && bash scripts/build.sh
import { readFile, writeFile } from 'node:fs/promises';
import { serve, launch, newPage, SLUGS } from '../tests/e2e/helpers.mjs';

const FILE = 'content/embed-heights.json';
const current = JSON.parse(await readFile(FILE, 'utf8'));

/** The height the embed at `slug` reports in a frame `width` px wide. */
export async function embedHeight(browser, base, slug, width) {
  const page = await newPage(browser, { viewport: { width, height: 400 } });
  await page.goto(`${base}/embed/${slug}/`);
  await page.waitForSelector(`[data-sim="${slug}"] svg.picture`, { timeout: 20000 });
  await page.waitForTimeout(200); // the picture's first measured layout
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.context().close();
  return h;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve('dist', '/');
  const browser = await launch();
  const heights = {};
  for (const slug of SLUGS) heights[slug] = await embedHeight(browser, server.url, slug, current.width);
  await browser.close();
  server.close();
  await writeFile(FILE, JSON.stringify({ ...current, heights }, null, 2) + '\n');
  console.log(`measure-embeds: ${Object.keys(heights).length} heights at ${current.width} px written to ${FILE}`);
}
