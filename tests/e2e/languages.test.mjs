// Languages: Spanish pages under /es/ in Spanish (static and live, saying the same words),
// the language switcher keeping the page and its state, embeds taking ?lang=, and the
// pseudo-locale run that finds words the catalogue does not give.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, appReady, showSim, SCREENSHOTS, CATALOGUE } from './helpers.mjs';

let server, browser;
before(async () => { server = await serve('dist', '/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

/** The text of the parts the catalogue words: everything but the lesson's own prose, which is
 *  content (in the pseudo-locale, the English lessons). */
const frameText = (page) => page.evaluate(() => {
  const content = '.prose, .goal, .options, .predict > p, .sidebar > div, .sidebar h3 > span:not(.sidebar-kicker), .hint > div, .hints-static, .solution > div, .explain p, .lesson-head h1, .lede, .card-title, .card-summary, .session-title, .sim-caption, .intro, .lesson-nav a[rel], .present-link ~ a, noscript, script, style, option';
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest(content) || !n.textContent.trim()) continue;
    if (el.closest('[hidden], details:not([open]) > :not(summary)')) continue;
    if (getComputedStyle(el).display === 'none' || getComputedStyle(el).visibility === 'hidden') continue;
    out.push(n.textContent.trim());
  }
  return out;
});

/** Words that are the system's own, the same in every language: instance and host names,
 *  log levels, release and commit numbers, HTTP lines' tokens, language names. */
const OWN = /^(?:web|worker|laptop|db|postgres|SQLite|Postgres|info|warn|error|router|on-call|staging|platform|v\d+|[0-9a-f]{7}|English|Español|12factor|net|SIGTERM|SIGKILL|GET|POST|PORT|ms|min|[\d.,:/%×x ·–—-]+)$/;
const english = (texts) => texts
  .flatMap((t) => t.split(/[\s()[\]·:;,.!?“”"'«»/]+/))
  .filter((w) => /[A-Za-z]{3}/.test(w) && !OWN.test(w) && !/[^\x00-\x7f]/.test(w));

test('a Spanish lesson page is in Spanish, before and after the app, and names its alternates', async () => {
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  const res = await page.goto(`${server.url}/es/factors/config`);
  assert.equal(res.status(), 200);
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  const before = await frameText(page);
  await showSim(page, 'config');
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.equal(await page.locator('h1').textContent(), '3. Configuración');
  assert.match(await page.locator('.kicker').textContent(), /^Factor 3 de 12 · unos 20 minutos$/);
  assert.equal(await page.locator('.predict h3').textContent(), 'Primero, predice');
  assert.equal(await page.locator('.challenge h3').textContent(), 'Tu reto');
  assert.equal(await page.locator('.sim-title').textContent(), 'Simulación: Configuración');
  assert.equal(await page.locator('.site-nav a').first().textContent(), 'Factores');
  assert.equal(await page.locator('main h2').first().textContent(), 'La idea');
  // The live parts say what the static page said (nothing changes language as the app starts).
  const after = await frameText(page);
  for (const t of ['Primero, predice', 'Tu reto', 'Aún no se cumple.', 'Marcar esta lección como completada', 'Notas para quien facilita']) {
    assert.ok(before.includes(t) && after.includes(t), `${t}: before ${before.includes(t)}, after ${after.includes(t)}`);
  }
  // Links stay in Spanish; files are shared.
  assert.equal(await page.locator('.lesson-nav a[rel="next"]').getAttribute('href'), '/es/factors/backing-services');
  assert.equal(await page.locator('.site-nav a', { hasText: 'Sandbox' }).getAttribute('href'), '/es/sandbox/');
  const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (ls) => ls.map((l) => `${l.hreflang} ${new URL(l.href).pathname}`));
  assert.deepEqual(alternates, ['en /factors/config', 'es /es/factors/config', 'x-default /factors/config']);
  await page.screenshot({ path: `${SCREENSHOTS}/es-config-390.png` });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the Spanish home page lists the Spanish lessons, and its progress speaks Spanish', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}/es/`);
  await appReady(page);
  await page.waitForFunction(() => document.querySelector('.progress-summary')?.textContent.includes('lecciones'));
  assert.equal(await page.locator('.progress-summary').textContent(), `0 de ${CATALOGUE.lessons.length} lecciones completadas`);
  assert.equal(await page.locator('.card-title').nth(2).textContent(), 'Configuración');
  assert.equal(await page.locator('.card a').nth(2).getAttribute('href'), '/es/factors/config');
  assert.equal(await page.locator('.card-state').first().textContent(), '○ sin empezar');
  await page.screenshot({ path: `${SCREENSHOTS}/es-home-1280.png` });
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('every Spanish and pseudo-locale lesson fits a 360 px phone, and so do presenter mode\'s slides (longer words, same screen)', async () => {
  const page = await newPage(browser, { viewport: { width: 360, height: 740 } });
  const wide = [];
  for (const lang of ['/es', '/en-xa']) {
    for (const { slug } of CATALOGUE.lessons) {
      await page.goto(`${server.url}${lang}/factors/${slug}`);
      await appReady(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${lang}/factors/${slug}: ${width} px`);
    }
    // A long one-word title ("Desechabilidad"), a three-column table, the simulation slide.
    for (const slug of ['disposability', 'dev-prod-parity', 'config']) {
      await page.goto(`${server.url}${lang}/present/${slug}/`);
      await appReady(page);
      await page.waitForSelector(`[data-present="${slug}"]`);
      const total = Number((await page.textContent('.present-count')).split('/ ')[1]);
      for (let i = 0; i < total; i++) {
        await page.waitForSelector(`.present-screen[data-fitted="${i}"]`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 360) wide.push(`${lang}/present/${slug} slide ${i + 1}: ${width} px`);
        await page.keyboard.press('ArrowRight');
      }
    }
  }
  assert.deepEqual(wide, []);
  // The answer's mark does not squeeze the prediction's options on a phone.
  await page.goto(`${server.url}/es/factors/dependencies`);
  await appReady(page);
  const squeezed = await page.$$eval('.predict .option > span:not(.mark)', (els) => els.map((e) => e.getBoundingClientRect().width / e.closest('.option').getBoundingClientRect().width).filter((f) => f < 0.75));
  assert.deepEqual(squeezed, [], 'each option\'s text has most of its line');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the language switcher keeps the page and its query, both ways', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}/factors/logs?seed=7`);
  await appReady(page);
  await page.locator('.language-switch a[data-lang="es"]').click();
  await page.waitForURL(/\/es\/factors\/logs\?seed=7$/);
  await appReady(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.equal(await page.locator('h1').textContent(), '11. Logs');
  await page.locator('.language-switch a[data-lang="en"]').click();
  await page.waitForURL(/\/factors\/logs\?seed=7$/);
  assert.equal(new URL(page.url()).pathname, '/factors/logs');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // A page the app draws (the session builder) switches with its plan.
  await page.goto(`${server.url}/workshop/?session=config,logs&minutes=30`);
  await appReady(page);
  await page.locator('.language-switch a[data-lang="es"]').click();
  await page.waitForURL(/\/es\/workshop\/\?session=config,logs&minutes=30$/);
  await appReady(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.equal(await page.locator('.site-nav a').first().textContent(), 'Factores');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a browser that prefers another language is offered the page in it, once, and never sent there', async () => {
  // A Spanish browser on an English lesson: the offer, in Spanish, over the page's foot.
  const page = await newPage(browser, { viewport: { width: 390, height: 844 }, locale: 'es-ES' });
  await page.goto(`${server.url}/factors/config?seed=3`);
  await appReady(page);
  const offer = page.locator('.language-suggest[data-suggest="es"]');
  await offer.waitFor({ state: 'visible' });
  assert.equal(new URL(page.url()).pathname, '/factors/config', 'suggested, not redirected');
  assert.equal(await offer.getAttribute('lang'), 'es');
  assert.match(await offer.textContent(), /Esta página también está en español\./);
  const href = new URL(await offer.locator('a').getAttribute('href'), server.url);
  assert.equal(href.pathname + href.search, '/es/factors/config?seed=3', 'the same page, its state kept');
  const box = await offer.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, 'inside a phone screen');
  // It covers nothing for good: the simulation's sticky bar sits above it, and the page's
  // end scrolls clear of it.
  await showSim(page, 'config');
  // Scrolled to where the bar is held at the screen's foot (the offer's top would cut it in
  // half): it is moved up, clear of the offer.
  const held = await page.evaluate((offerTop) => {
    const bar = document.querySelector('[data-sim="config"] .sim-bar');
    bar.style.position = 'static';
    const natural = bar.getBoundingClientRect().top + window.scrollY;
    bar.style.removeProperty('position');
    window.scrollTo(0, natural + bar.offsetHeight / 2 - offerTop);
    return natural - window.scrollY;
  }, box.y);
  const bar = await page.locator('[data-sim="config"] .sim-bar').boundingBox();
  assert.ok(bar.y < held - 1, `the bar is held (drawn at ${Math.round(bar.y)}, its place ${Math.round(held)})`);
  assert.ok(bar.y + bar.height <= box.y + 1, `the simulation's bar (to ${Math.round(bar.y + bar.height)}) is above the offer (from ${Math.round(box.y)})`);
  await page.screenshot({ path: `${SCREENSHOTS}/language-offer-sim-390.png` });
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement.scrollHeight));
  const foot = await page.evaluate(() => document.querySelector('.site-footer, footer').getBoundingClientRect().bottom);
  assert.ok(foot <= box.y + 1, `the page's end (${Math.round(foot)}) scrolls above the offer (${Math.round(box.y)})`);
  await page.screenshot({ path: `${SCREENSHOTS}/language-offer-390.png` });
  // "No": the page stays English, and the offer is not made again.
  await offer.locator('button').click();
  assert.equal(await offer.isVisible(), false);
  await page.reload();
  await appReady(page);
  await page.waitForTimeout(300);
  assert.equal(await offer.isVisible(), false, 'once declined, not offered again');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.context().close();

  // Following it leads to the Spanish page, which makes no offer of its own.
  const es = await newPage(browser, { locale: 'es-MX' });
  await es.goto(`${server.url}/sandbox/`);
  await appReady(es);
  await es.locator('.language-suggest[data-suggest="es"] a').click();
  await es.waitForURL(/\/es\/sandbox\/$/);
  await appReady(es);
  await es.waitForTimeout(300);
  assert.equal(await es.locator('.language-suggest:visible').count(), 0);
  await es.context().close();

  // An English browser on an English page, an address that names its language, and the
  // pseudo-locale: no offer.
  for (const [locale, path] of [['en-US', '/factors/config'], ['es-ES', '/embed/config/?lang=en'], ['es-ES', '/factors/config?lang=en'], ['es-ES', '/en-xa/factors/config']]) {
    const p = await newPage(browser, { locale });
    await p.goto(`${server.url}${path}`);
    await appReady(p);
    await p.waitForTimeout(300);
    assert.equal(await p.locator('.language-suggest:visible').count(), 0, `${locale} ${path}`);
    assert.deepEqual(p.problems, []);
    await p.context().close();
  }
});

test('a Spanish lesson\'s link preview, oEmbed answer, structured data and handout drawing are Spanish', async () => {
  const SITE = 'http://127.0.0.1:8080/';
  const html = await (await fetch(`${server.url}/es/factors/config`)).text();
  const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
  assert.equal(image, `${SITE}es/og/config.png`);
  const png = await fetch(image.replace(SITE, `${server.url}/`));
  assert.equal(png.status, 200);
  assert.equal(png.headers.get('content-type'), 'image/png');
  const oembedLink = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)"/);
  assert.equal(oembedLink?.[1], `${SITE}es/oembed/config.json`);
  assert.equal(oembedLink?.[2], '3. Configuración');
  const oembed = await (await fetch(oembedLink[1].replace(SITE, `${server.url}/`))).json();
  assert.match(oembed.title, /^3\. Configuración: una lección interactiva/);
  assert.match(oembed.html, /^<iframe src="http:\/\/127\.0\.0\.1:8080\/es\/embed\/config\/" title="Twelve-Factor Playground: 3\. Configuración"/);
  assert.equal(oembed.provider_url, `${SITE}es/`);
  const ld = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)[1]);
  assert.equal(ld.inLanguage, 'es');
  assert.equal(ld.learningResourceType, 'simulación interactiva');
  // The handout's drawing of the broken lesson, from the Spanish page: Spanish words inside.
  const drawing = await (await fetch(`${server.url}/es/og/config-picture.html`)).text();
  assert.match(drawing, /^<svg/);
  assert.match(drawing, /en marcha/);
  assert.doesNotMatch(drawing, />running\b/);
  const caption = drawing.match(/data-caption="([^"]*)"/)?.[1] ?? '';
  assert.ok(caption.length > 0 && !/^Broken|^Roto/.test(caption), `the headline alone: ${caption}`);
  // The app installed from a Spanish page is described in Spanish and starts at /es/.
  const manifestHref = html.match(/<link rel="manifest" href="([^"]+)">/)?.[1];
  assert.equal(manifestHref, 'es/manifest.webmanifest');
  const manifest = await (await fetch(`${server.url}/${manifestHref}`)).json();
  assert.equal(manifest.lang, 'es');
  assert.match(manifest.description, /^Aprende /);
  assert.equal(new URL(manifest.start_url, `${server.url}/es/manifest.webmanifest`).pathname, '/es/');
  for (const icon of manifest.icons) assert.equal((await fetch(new URL(icon.src, `${server.url}/es/manifest.webmanifest`))).status, 200, icon.src);
  // English keeps its own, at the root.
  const en = await (await fetch(`${server.url}/og/config-picture.html`)).text();
  assert.match(en, />running\b|running ·/);
});

test('an embed takes ?lang=', async () => {
  const page = await newPage(browser, { viewport: { width: 720, height: 900 } });
  await page.goto(`${server.url}/embed/config/?lang=es`);
  await appReady(page);
  await page.waitForSelector('.sim-title');
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.equal(await page.locator('.sim-title').textContent(), 'Simulación: Configuración');
  // A language the site does not have is ignored, not an error.
  await page.goto(`${server.url}/embed/config/?lang=xx`);
  await appReady(page);
  await page.waitForSelector('.sim-title');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('in the pseudo-locale, every word comes from the catalogue and fits, the picture included', async () => {
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  // The config lesson broken the violating way (staging deployed, the password revoked), and
  // the sandbox under chaos: incidents, reasons, log lines and every kind of box.
  const at = 30 * 64;
  const pages = [
    ['/en-xa/', null],
    ['/en-xa/factors/config', `?way=violating&seed=1&ev=${2 * 64}.staging,${8 * 64}.rotate,${14 * 64}.add-password&at=${at}`],
    ['/en-xa/sandbox/', `?v=fff&seed=7&ev=${['deploy', 'restart', 'scale-out', 'fail-db', 'fill-disk', 'spike', 'job-spike', 'crash'].map((c, i) => `${(2 + 4 * i) * 64}.${c}`).join(',')}&at=${40 * 64}`],
    ['/en-xa/missions/', null],
    ['/en-xa/drills/', null],
    ['/en-xa/workshop/', '?session=config,logs&minutes=30'],
  ];
  for (const [path, query] of pages) {
    await page.goto(`${server.url}${path}${query ?? ''}`);
    await appReady(page);
    if (path.includes('factors')) await showSim(page, 'config');
    await page.waitForTimeout(500);
    // Pseudo-locale text is accented: a word of plain ASCII letters was never looked up.
    assert.deepEqual([...new Set(english(await frameText(page)))], [], `${path}: words not from the catalogue`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `${path}: longer words fit the page (${width} px)`);
    // Every text of the picture stays inside its own box.
    const spill = await page.evaluate(() => [...document.querySelectorAll('svg.picture g.node')].flatMap((g) => {
      const box = g.querySelector('rect').getBoundingClientRect();
      return [...g.querySelectorAll('text')].filter((t) => { const r = t.getBoundingClientRect(); return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1; }).map((t) => t.textContent);
    }));
    assert.deepEqual(spill, [], `${path}: text outside its box`);
    await page.screenshot({ path: `${SCREENSHOTS}/pseudo-${path.replace(/\W+/g, '-')}390.png`, fullPage: true });
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
