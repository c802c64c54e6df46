// Embeds: a sample blog post on another origin embeds two lessons, which render, resize their
// iframes and report status to the page; embed options; a bad slug gets a clear message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { serve, launch, newPage, showSim, until, SCREENSHOTS, SLUGS, numberOf } from './helpers.mjs';
import { embedHeight } from '../../scripts/measure-embeds.mjs';

const EMBEDS = JSON.parse(await readFile('content/embed-heights.json', 'utf8'));

/** Serve one HTML page on another loopback origin (localhost vs 127.0.0.1, another port). */
async function blog(html) {
  const srv = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise((ok) => srv.listen(0, 'localhost', ok));
  return { url: `http://localhost:${srv.address().port}/2026/config.html`, close: () => srv.close() };
}

let server, browser;
before(async () => { server = await serve('dist', '/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test('a blog post on another origin embeds two lessons that resize and report status', async () => {
  const page = await newPage(browser);
  const post = (await readFile('examples/blog-post.html', 'utf8')).replaceAll('http://127.0.0.1:8080', server.url);
  // The post pastes the snippet as given, height included, in a column as wide as measured.
  assert.match(post, new RegExp(`/embed/logs/[^>]* height="${EMBEDS.heights.logs}"`), 'the sample post uses the snippet height');
  assert.match(post, new RegExp(`max-width: ${EMBEDS.width}px`), 'the sample post has a column as wide as the heights were measured in');
  // Hold embed.js back until the lessons have loaded, to see the height the post gives them alone.
  let releaseScript;
  const scriptHeld = new Promise((ok) => { releaseScript = ok; });
  await page.route('**/embed.js', async (route) => { await scriptHeld; await route.continue(); });
  const host = await blog(post);
  await page.goto(host.url, { waitUntil: 'domcontentloaded' }); // the load event waits for the held script
  const frames = page.locator('iframe');
  assert.equal(await frames.count(), 2);
  await frames.nth(1).scrollIntoViewIfNeeded();
  await page.frameLocator('iframe[src*="/embed/logs/"]').locator('[data-sim="logs"] svg.picture').waitFor({ timeout: 20000 });
  const firstPaint = Math.round((await frames.nth(1).boundingBox()).height);
  releaseScript();
  await until(async () => (await frames.nth(1).getAttribute('data-status')) === 'healthy', 20000);
  const reported = Math.round((await frames.nth(1).boundingBox()).height);
  assert.equal(firstPaint, EMBEDS.heights.logs, 'before the lesson loads, the frame has the snippet height');
  assert.equal(reported, firstPaint, 'and the lesson, once loaded, asks for exactly that height: the post never moves');
  // embed.js sets each iframe's height from the lesson's messages, and its status.
  for (const i of [0, 1]) {
    await frames.nth(i).scrollIntoViewIfNeeded(); // the iframes load lazily
    const ok = await until(async () => (await frames.nth(i).getAttribute('data-status')) === 'healthy', 20000);
    assert.equal(ok, true, `iframe ${i} reported healthy`);
    const h = await until(async () => { const b = await frames.nth(i).boundingBox(); return b.height > 500 ? b.height : 0; }, 10000);
    assert.ok(h > 500, `iframe ${i} resized to its content (${h}px)`);
  }
  const config = page.frameLocator('iframe[src*="/embed/config/"]');
  assert.match(await config.locator('.embed-intro').textContent(), /environment/i, 'intro shown');
  // Once the lesson is running, its frame keeps its height through a whole break and reset:
  // the blog post around it does not move.
  const heightOf = async () => Math.round((await frames.nth(0).boundingBox()).height);
  const settled = await heightOf();
  await config.locator('[data-sim-control="violate"]').check();
  await config.locator('[data-sim-control="speed-3"]').check();
  await config.locator('[data-sim-control="trigger"]').click();
  const broke = await until(async () => (await frames.nth(0).getAttribute('data-status')) === 'broken', 30000);
  assert.equal(broke, true, 'the host page learns that the embedded lesson broke');
  assert.equal(await heightOf(), settled, 'the frame did not grow when the lesson broke');
  await config.locator('[data-sim-control="reset"]').click();
  await until(async () => (await frames.nth(0).getAttribute('data-status')) === 'healthy', 10000);
  assert.equal(await heightOf(), settled, 'nor when it was reset');
  await config.locator('[data-sim-control="violate"]').check();
  await config.locator('[data-sim-control="trigger"]').click();
  await until(async () => (await frames.nth(0).getAttribute('data-status')) === 'broken', 30000);
  assert.equal(await frames.nth(1).getAttribute('data-status'), 'healthy', 'the other embed is unaffected');
  assert.match(await config.locator('.embed-more').getAttribute('href'), /\/factors\/config$/);
  // Links inside the embed open the full site in a new tab, at the exact section.
  const fix = config.locator('.incident-slot a');
  assert.match(await fix.getAttribute('href'), /\/factors\/config#how-to-fix-it$/);
  assert.equal(await fix.evaluate((a) => a.target || document.querySelector('base')?.target), '_blank');
  await page.screenshot({ path: `${SCREENSHOTS}/blog-post.png`, fullPage: true });
  host.close();
  assert.deepEqual(page.problems, []);
});

test(`every lesson's embed, in a ${EMBEDS.width} px column, is as tall as content/embed-heights.json says`, async () => {
  const wrong = [];
  for (const slug of SLUGS) {
    const h = await embedHeight(browser, server.url, slug, EMBEDS.width);
    if (h !== EMBEDS.heights[slug]) wrong.push(`${slug}: measured ${h}px, recorded ${EMBEDS.heights[slug]}px`);
  }
  assert.deepEqual(wrong, [], 'the embed layout changed: run `node scripts/measure-embeds.mjs` on a release build, rebuild, and look at an embed');
});

test('embed options: click to load, dark theme; and an unknown lesson', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}/embed/processes/?click=1&theme=dark`);
  await page.waitForSelector('[data-embed-load]');
  assert.equal(await page.locator('[data-sim]').count(), 0, 'nothing loads before the click');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await page.click('[data-embed-load]');
  await page.waitForSelector('[data-sim="processes"]');
  assert.equal(await page.getAttribute('[data-sim-control="play"]', 'aria-pressed'), 'false', 'no autoplay by default');
  await page.screenshot({ path: `${SCREENSHOTS}/embed-dark.png` });
  await page.goto(`${server.url}/embed/logs/?autoplay=1`);
  await page.waitForSelector('[data-sim="logs"]');
  assert.equal(await page.getAttribute('[data-sim-control="play"]', 'aria-pressed'), 'true', 'autoplay=1 plays');
  await page.goto(`${server.url}/embed/`);
  await page.waitForSelector('.embed-error');
  assert.match(await page.textContent('.embed-error'), /does not name a lesson of this course/);
  await page.goto(`${server.url}/embed/nope/`); // no such page: the site's not-found page
  await page.waitForSelector('h1:has-text("Page not found")');
  assert.deepEqual(page.problems, []);
});

/** The build's site address (scripts/build.sh's default SITE_URL), as absolute links carry it. */
const SITE = 'http://127.0.0.1:8080/';

test('every lesson\'s raw HTML, read without a browser, leads an oEmbed consumer to a rich iframe', async () => {
  for (const slug of SLUGS) {
    // What a blog engine or unfurler does: fetch the page, read its head, run nothing.
    const res = await fetch(`${server.url}/factors/${slug}`);
    assert.equal(res.status, 200, slug);
    const html = await res.text();
    const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((l) => /type="application\/json\+oembed"/.test(l));
    assert.equal(links.length, 1, `${slug}: one oEmbed discovery link in the raw HTML`);
    const href = links[0].match(/href="([^"]+)"/)?.[1] ?? '';
    assert.equal(href, `${SITE}oembed/${slug}.json`, `${slug}: an absolute link under the site address`);
    const answer = await fetch(href.replace(SITE, server.url + '/'));
    assert.equal(answer.status, 200, href);
    assert.match(answer.headers.get('content-type'), /^application\/json/);
    const oembed = await answer.json();
    // oEmbed 1.0, type "rich": version, type, html, width and height are required.
    assert.equal(oembed.version, '1.0');
    assert.equal(oembed.type, 'rich');
    assert.match(oembed.html, new RegExp(`^<iframe src="${SITE.replace(/[.]/g, '\\.')}embed/${slug}/"`));
    assert.equal(oembed.height, EMBEDS.heights[slug], `${slug}: the measured height`);
    assert.match(oembed.html, new RegExp(`height="${EMBEDS.heights[slug]}"`));
    assert.equal(oembed.width, EMBEDS.width);
    assert.equal(oembed.provider_name, 'Twelve-Factor Playground');
    assert.match(oembed.title, new RegExp(`^${numberOf(slug)}\\. `));
    // The page's own text is in the raw HTML too: a preview or a search engine sees the lesson.
    assert.match(html, new RegExp(`<h1>${numberOf(slug)}\\. `), `${slug}: its heading`);
    assert.match(html, /<meta property="og:title" content="[^"]+"/);
  }
});

test('the embed snippet a lesson offers has the measured height', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}/factors/logs`);
  await showSim(page, 'logs');
  await page.click('[data-sim-control="embed"]');
  const snippet = await page.inputValue('.embed-snippet textarea');
  assert.match(snippet, /<iframe src="[^"]+\/embed\/logs\/"/);
  assert.match(snippet, /embed\.js/);
  assert.match(snippet, new RegExp(`height="${EMBEDS.heights.logs}"`), 'the snippet has the measured height');
});
