//! The static pages (`site/`) from the real lessons: complete, discoverable, and carrying
//! exactly the data the app's islands need.

use tfp_lessons::codegen::data_file;
use tfp_lessons::parse::parse_all;
use tfp_lessons::site::{self, Site};
use tfp_lessons::{wire, Block, Lesson};

/// What Trunk writes into `index.html` (its loader, preloads and stylesheet), in small.
const TEMPLATE: &str = r#"<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Twelve-Factor Playground</title>
  <meta name="description" content="placeholder">
  <base href="/">
  <link rel="manifest" href="manifest.webmanifest">
  <link rel="stylesheet" href="/main-1.css"/>
<script type="module">
import init, * as bindings from '/app-1.js';
const wasm = await init({ module_or_path: '/app-1_bg.wasm' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
</script>
<link rel="modulepreload" href="/app-1.js" crossorigin="anonymous"><link rel="preload" href="/app-1_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm"></head>
<body>
  <main id="main"><p class="loading">Loading…</p></main>
</body>
</html>
"#;

const SITE: Site = Site { base: "/", url: "https://example.org/", lang: i18n::Lang::En };

fn lessons() -> Vec<Lesson> {
    let files = tfp_lessons::parse::lesson_files(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content")).unwrap();
    parse_all(&files).unwrap()
}

fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

#[test]
fn every_lesson_page_is_complete_and_discoverable() {
    let all = lessons();
    for lesson in all.iter().filter(|l| l.meta.number > 0) {
        let (_, data) = data_file(lesson);
        let page = site::lesson_page(TEMPLATE, SITE, lesson, &all, &data, false).unwrap();
        let slug = lesson.meta.slug.as_ref();
        let url = format!("https://example.org/factors/{slug}");
        assert!(page.contains(&format!("<title>{}. {} · Twelve-Factor Playground</title>", lesson.meta.number, site::esc(&lesson.meta.title))), "{slug}");
        assert!(page.contains(&format!("<h1>{}. {}</h1>", lesson.meta.number, site::esc(&lesson.meta.title))), "{slug}");
        assert!(page.contains(&format!(r#"<link rel="canonical" href="{url}">"#)), "{slug}");
        assert!(page.contains(&format!(r#"<link rel="alternate" type="application/json+oembed" href="https://example.org/oembed/{slug}.json""#)), "{slug}");
        assert!(page.contains(&format!(r#"<meta property="og:url" content="{url}">"#)), "{slug}");
        assert!(page.contains(r#""@type":"LearningResource""#), "{slug}");
        assert!(!page.contains("placeholder") && !page.contains("Loading…"), "{slug}: the template's own text is gone");
        // Every piece of prose is in the page, once, as the Markdown pipeline made it.
        for block in lesson.blocks.iter() {
            if let Block::Prose { html } = block {
                assert!(page.contains(html.as_ref()), "{slug}: a prose block is missing");
            }
        }
        // One island per interactive block; hints share one; the gist is not on the page.
        let interactive =
            lesson.blocks.iter().filter(|b| !matches!(b, Block::Prose { .. } | Block::Sidebar { .. } | Block::Hint { .. } | Block::Gist { .. })).count() + 1;
        assert_eq!(count(&page, r#"data-island="block""#), interactive, "{slug}");
        // The data the islands read decodes to exactly the lesson's blocks.
        let from = page.find(r#"id="lesson-data">"#).unwrap() + r#"id="lesson-data">"#.len();
        let to = page[from..].find("</script>").unwrap() + from;
        assert_eq!(wire::decode(&page[from..to]).unwrap().as_ref(), lesson.blocks.as_ref(), "{slug}");
        // Neighbours: the previous lesson (none before the first), the next (none after the last).
        assert_eq!(page.contains(r#"rel="prev""#), lesson.meta.number > 1, "{slug}");
        assert_eq!(page.contains(r#"rel="next""#), usize::from(lesson.meta.number) < all.len() - 1, "{slug}");
        // The app is started after the page has loaded, not preloaded with it.
        assert!(!page.contains("modulepreload") && !page.contains(r#"rel="preload""#), "{slug}");
        assert!(page.contains("await import('/app-1.js')"), "{slug}");
    }
}

#[test]
fn the_home_page_links_every_lesson_and_carries_the_introduction() {
    let all = lessons();
    let page = site::home_page(TEMPLATE, SITE, &all).unwrap();
    for lesson in all.iter().filter(|l| l.meta.number > 0) {
        assert_eq!(count(&page, &format!(r#"<a href="/factors/{}">"#, lesson.meta.slug)), 1, "{}", lesson.meta.slug);
    }
    let intro = all.iter().find(|l| l.meta.number == 0).unwrap();
    let Block::Prose { html } = &intro.blocks[0] else { panic!("the introduction starts with prose") };
    assert!(page.contains(html.as_ref()));
    assert!(page.contains(r#""@type":"Course""#) && page.contains(r#"<link rel="canonical" href="https://example.org/">"#));
    assert_eq!(count(&page, r#""@type":"LearningResource""#), 12);
}

#[test]
fn the_not_found_page_is_not_indexed_and_claims_no_address() {
    let page = site::not_found_page(TEMPLATE, SITE).unwrap();
    assert!(page.contains("<h1>Page not found</h1>"));
    assert!(page.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(!page.contains(r#"rel="canonical""#));
}

#[test]
fn sitemap_and_robots_list_the_pages() {
    let all = lessons();
    let map = site::sitemap(SITE, &all);
    assert_eq!(count(&map, "<loc>"), (all.len() + tfp_lessons::site::practice::paths().len()) * i18n::Lang::OFFERED.len());
    assert!(map.contains("<loc>https://example.org/sandbox/</loc>"));
    assert!(map.contains(r#"<loc>https://example.org/es/factors/config</loc><xhtml:link rel="alternate" hreflang="en" href="https://example.org/factors/config"/><xhtml:link rel="alternate" hreflang="es" href="https://example.org/es/factors/config"/></url>"#));
    assert!(!map.contains("en-xa"), "the pseudo-locale is for tests, not for search engines");
    assert!(map.contains("<loc>https://example.org/factors/admin-processes</loc>"));
    let robots = site::robots(SITE);
    assert!(robots.contains("Sitemap: https://example.org/sitemap.xml"));
}

#[test]
fn a_template_that_is_not_trunks_is_an_error_not_an_eager_page() {
    assert!(site::defer_app("<html><head></head><body></body></html>").is_err());
    let odd = TEMPLATE.replace("import init, * as bindings from", "import start from");
    assert!(site::defer_app(&odd).is_err());
    let deferred = site::defer_app(TEMPLATE).unwrap();
    assert!(deferred.contains("addEventListener('load', go, { once: true })"));
    assert!(deferred.contains("const wasm = await init({ module_or_path: '/app-1_bg.wasm' });"));
}

#[test]
fn text_is_escaped_and_data_that_could_close_its_element_is_refused() {
    assert_eq!(site::esc(r#"<a href="x">&'"#), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    let all = lessons();
    let lesson = &all[3];
    assert!(site::lesson_page(TEMPLATE, SITE, lesson, &all, "x</SCRIPT>y", false).is_err());
}

#[test]
fn the_practice_pages_introduce_themselves_and_leave_one_island_to_the_app() {
    use tfp_engine::mission::MISSIONS;
    use tfp_lessons::site::practice;
    let pages = [
        ("sandbox/", "sandbox", practice::sandbox_page(TEMPLATE, SITE).unwrap()),
        ("missions/", "missions", practice::missions_page(TEMPLATE, SITE).unwrap()),
        ("drills/", "drill", practice::drills_page(TEMPLATE, SITE).unwrap()),
    ]
    .into_iter()
    .chain(
        MISSIONS
            .iter()
            .map(|m| (Box::leak(format!("missions/{}/", m.id).into_boxed_str()) as &str, "mission", practice::mission_page(TEMPLATE, SITE, m).unwrap())),
    );
    let mut n = 0;
    for (path, island, page) in pages {
        n += 1;
        assert!(page.contains(&format!(r#"<link rel="canonical" href="https://example.org/{path}">"#)), "{path}");
        assert_eq!(count(&page, "<h1>"), 1, "{path}");
        assert_eq!(count(&page, r#"<p class="lede">"#), 1, "{path}");
        assert_eq!(count(&page, &format!(r#"data-island="{island}""#)), 1, "{path}: one island for the app");
        assert!(page.contains(r#""@type":"LearningResource""#), "{path}");
        assert!(!page.contains("modulepreload") && page.contains("addEventListener('load', go"), "{path}: the app loads after the page");
        // The page's nav item is marked current.
        let nav = path.split('/').next().unwrap();
        assert!(page.contains(&format!(r#"<a href="/{nav}/" aria-current="page">"#)), "{path}");
    }
    assert_eq!(n, 3 + MISSIONS.len());
    let list = practice::missions_page(TEMPLATE, SITE).unwrap();
    for m in MISSIONS {
        assert_eq!(count(&list, &format!(r#"<a href="/missions/{}/">"#, m.id)), 1, "{}", m.id);
        let page = practice::mission_page(TEMPLATE, SITE, m).unwrap();
        assert!(page.contains(&format!("<title>{} · Missions · Twelve-Factor Playground</title>", site::esc(&tfp_lessons::words::mission(m).0))), "{}", m.id);
        assert!(page.contains(&format!(r#"<meta name="description" content="{}">"#, site::esc(&tfp_lessons::words::mission(m).1))), "{}", m.id);
        assert!(page.contains(&tfp_lessons::text::mission_plan_head(m)), "{}: the goal and forecast, as the app draws them", m.id);
    }
    let paths = practice::paths();
    assert_eq!(paths.len(), 3 + MISSIONS.len());
    let sitemap = site::sitemap(SITE, &lessons());
    for p in &paths {
        assert!(sitemap.contains(&format!("<loc>https://example.org/{p}</loc>")), "{p}");
    }
}

#[test]
fn the_catalogue_lists_what_the_content_and_the_engine_define() {
    use tfp_engine::{mission::MISSIONS, Factor, Input, World};
    let lessons = lessons();
    let text = tfp_lessons::catalogue::catalogue_json(SITE, &lessons);
    let c: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let slugs: Vec<&str> = c["lessons"].as_array().unwrap().iter().map(|l| l["slug"].as_str().unwrap()).collect();
    let expected: Vec<&str> = lessons.iter().filter(|l| l.meta.number > 0).map(|l| l.meta.slug.as_ref()).collect();
    assert_eq!(slugs, expected);
    assert_eq!(c["lessons"][2]["path"], "factors/config");
    assert_eq!(c["lessons"][2]["title"], "Config");
    let factors: Vec<&str> = c["factors"].as_array().unwrap().iter().map(|f| f["slug"].as_str().unwrap()).collect();
    assert_eq!(factors, Factor::ALL.iter().map(|f| f.slug()).collect::<Vec<_>>());
    assert_eq!(c["missions"].as_array().unwrap().len(), MISSIONS.len());
    assert_eq!(c["missions"][0]["id"], MISSIONS[0].id);
    let events = c["events"].as_array().unwrap();
    assert_eq!(events.len(), Input::ALL_EVENTS.len());
    assert_eq!(events.iter().filter(|e| e["chaos"] == true).count(), Input::EVENTS.len());
    assert_eq!(c["metrics"].as_array().unwrap().len(), World::METRICS.len());
    let pages = c["pages"].as_array().unwrap();
    assert_eq!(pages.len(), 1 + expected.len() + tfp_lessons::site::practice::paths().len());
    assert_eq!(c["url"], SITE.url);
}

#[test]
fn a_page_in_another_language_is_in_it_links_within_it_and_names_its_alternates() {
    let all = lessons();
    let es = Site { base: "/repo/", url: "https://example.org/repo/", lang: i18n::Lang::Es };
    i18n::install(i18n::Lang::Es, i18n::Lang::Es.compiled()).unwrap();
    let home = site::home_page(TEMPLATE, es, &all);
    let lesson = all.iter().find(|l| l.meta.slug == "config").unwrap();
    let page = site::lesson_page(TEMPLATE, es, lesson, &all, &data_file(lesson).1, true);
    let missing = site::not_found_page(TEMPLATE, es);
    i18n::install(i18n::Lang::En, i18n::Lang::En.compiled()).unwrap();
    let (home, page, missing) = (home.unwrap(), page.unwrap(), missing.unwrap());
    for p in [&home, &page] {
        assert!(p.contains(r#"<html lang="es""#));
        assert!(p.contains(r#"<a href="/repo/es/sandbox/">Sandbox</a><a href="/repo/es/missions/">Misiones</a>"#), "nav in Spanish, within /es/");
        assert!(p.contains(r#"<link rel="preload" href="/repo/i18n/es.txt" as="fetch" crossorigin>"#));
        assert!(p.contains(r#"<meta property="og:locale" content="es">"#));
    }
    assert!(home.contains(r#"<link rel="canonical" href="https://example.org/repo/es/">"#));
    assert!(home.contains(r#"<link rel="alternate" hreflang="en" href="https://example.org/repo/"><link rel="alternate" hreflang="es" href="https://example.org/repo/es/"><link rel="alternate" hreflang="x-default" href="https://example.org/repo/">"#));
    assert!(home.contains(r#"<a href="/repo/" hreflang="en" lang="en" data-lang="en">English</a>"#), "the switcher leads to the same page in English");
    assert!(home.contains("0 de 12 lecciones completadas"));
    assert!(page.contains(r#"<a href="/repo/factors/config" hreflang="en""#));
    assert!(page.contains(r#"<p class="notice untranslated" lang="es">Esta lección aún no está traducida"#));
    assert!(page.contains(r#""inLanguage":"en""#), "an untranslated lesson says its text is English");
    assert!(missing.contains("<h1>Página no encontrada</h1>") && !missing.contains("hreflang=\"es\" href"));
    // English pages are as they were, with the Spanish alternate added.
    let english = site::home_page(TEMPLATE, SITE, &all).unwrap();
    assert!(
        english.contains(r#"<html lang="en""#) && english.contains("0 of 12 lessons complete") && !english.contains(r#"as="fetch""#),
        "no language file to preload"
    );
    assert!(english.contains("window.tfpPack") && page.contains("window.tfpPack"), "the loader settles the language before the app starts");
    assert!(english.contains(r#"<a href="/es/" hreflang="es" lang="es" data-lang="es">Español</a>"#));
    // Each language's installed app: its pages link its manifest.
    assert!(english.contains(r#"<link rel="manifest" href="manifest.webmanifest">"#));
    assert!(home.contains(r#"<link rel="manifest" href="es/manifest.webmanifest">"#) && page.contains(r#"href="es/manifest.webmanifest""#));
    // The offer of the page in the language a browser prefers: in that language, hidden until
    // the page's script shows it; none from the pseudo-locale.
    assert!(english.contains(r#"<aside class="language-suggest" data-suggest="es" lang="es" aria-label="Idioma" hidden><p>Esta página también está en español. <a href="/es/" hreflang="es" data-lang="es">Leerla en español</a></p><button type="button">No, gracias</button></aside>"#));
    assert!(home.contains(r#"data-suggest="en" lang="en""#) && home.contains(">Read it in English</a>"));
    let pseudo = Site { lang: i18n::Lang::Pseudo, ..SITE };
    i18n::install(i18n::Lang::Pseudo, i18n::Lang::Pseudo.compiled()).unwrap();
    let pseudo_home = site::home_page(TEMPLATE, pseudo, &all);
    i18n::install(i18n::Lang::En, i18n::Lang::En.compiled()).unwrap();
    assert!(!pseudo_home.unwrap().contains("language-suggest"));
}

#[test]
fn a_page_the_app_draws_has_its_title_and_description_in_its_language_before_the_app_starts() {
    use tfp_lessons::route::Bundle;
    let template = TEMPLATE.replace(r#"content="placeholder""#, r#"content="""#);
    let en = site::bundle_page(&template, SITE, Bundle::Tools).unwrap();
    assert!(
        en.contains("<title>Workshop tools · Twelve-Factor Playground</title>")
            && en.contains(r#"<meta name="description" content="Learn the Twelve-Factor App"#)
    );
    assert!(en.contains(r#"<html lang="en""#) && en.contains("window.tfpPack"));
    let es = Site { lang: i18n::Lang::Es, ..SITE };
    i18n::install(i18n::Lang::Es, i18n::Lang::Es.compiled()).unwrap();
    let pages = [Bundle::Tools, Bundle::Presenter, Bundle::Embed].map(|b| site::bundle_page(&template, es, b));
    i18n::install(i18n::Lang::En, i18n::Lang::En.compiled()).unwrap();
    let [tools, presenter, embed] = pages.map(Result::unwrap);
    assert!(tools.contains("<title>Herramientas para talleres · Twelve-Factor Playground</title>"));
    assert!(tools.contains(r#"<meta name="description" content="Aprende la metodología"#));
    assert!(
        presenter.contains("<title>Modo presentación · Twelve-Factor Playground</title>") && presenter.contains(r#"content="Modo presentación: una lección"#)
    );
    assert!(embed.contains("(lección insertada)</title>"));
    // Until the app starts, and without scripts: the shell, in the language, linking within it.
    assert!(tools.contains(r#"<div id="shell"><header class="site-header"><a class="brand" href="/es/">"#));
    assert!(tools.contains(r#"<a href="/es/sandbox/">Sandbox</a><a href="/es/missions/">Misiones</a>"#) && tools.contains(r#"role="status">Cargando…</p>"#));
    assert!(
        presenter.contains("Cargando el modo presentación…")
            && embed.contains(r#"<div id="shell" class="embed-shell"><p class="loading" role="status">Cargando una lección"#)
    );
    assert!(embed.contains("<noscript><p class=\"noscript\">Esta lección interactiva necesita JavaScript") && !embed.contains("site-header"));
    assert!(
        en.contains(r#"<a href="/sandbox/">Sandbox</a>"#)
            && en.contains(r#"role="status">Loading…</p>"#)
            && en.contains(r#"<a href="https://12factor.net/">12factor.net</a>"#)
    );
    for p in [&tools, &presenter, &embed] {
        assert!(p.contains(r#"<html lang="es""#) && p.contains(r#"href="es/manifest.webmanifest""#) && p.contains(r#"href="/i18n/es.txt" as="fetch""#));
    }
    assert!(site::bundle_page("<html lang=\"en\"><head></head></html>", SITE, Bundle::Tools).is_err(), "a template without a title is an error");
}

#[test]
fn each_language_has_its_manifest_and_robots_keep_out_what_is_not_a_page() {
    let english = r#"{"name":"x","short_name":"12-Factor","start_url":"./","scope":"./","icons":[{"src":"icon-192.png","sizes":"192x192"},{"src":"https://cdn.example/i.png"}]}"#;
    i18n::install(i18n::Lang::Es, i18n::Lang::Es.compiled()).unwrap();
    let es: serde_json::Value = serde_json::from_str(&site::manifest(english, i18n::Lang::Es).unwrap()).unwrap();
    i18n::install(i18n::Lang::En, i18n::Lang::En.compiled()).unwrap();
    assert_eq!(es["lang"], "es");
    assert!(es["description"].as_str().unwrap().starts_with("Aprende"));
    assert_eq!(es["start_url"], "./", "the language's home, where its manifest is");
    assert_eq!(es["icons"][0]["src"], "../icon-192.png");
    assert_eq!(es["icons"][1]["src"], "https://cdn.example/i.png");
    let en: serde_json::Value = serde_json::from_str(&site::manifest(english, i18n::Lang::En).unwrap()).unwrap();
    assert_eq!((en["lang"].as_str(), en["icons"][0]["src"].as_str()), (Some("en"), Some("icon-192.png")));
    assert_eq!(en["name"], "Twelve-Factor Playground");
    assert!(site::manifest("[1]", i18n::Lang::En).is_err() && site::manifest("{", i18n::Lang::En).is_err());
    let robots = site::robots(Site { base: "/repo/", url: "https://example.org/repo/", lang: i18n::Lang::En });
    for path in ["/repo/embed/", "/repo/es/embed/", "/repo/present/", "/repo/es/present/", "/repo/oembed/", "/repo/es/oembed/", "/repo/en-xa/"] {
        assert!(robots.contains(&format!("Disallow: {path}\n")), "{path}");
    }
    assert!(!robots.contains("Disallow: /repo/\n") && robots.ends_with("\nSitemap: https://example.org/repo/sitemap.xml\n"));
}

/// The page's rule for `?lang=` (JavaScript, run before the app starts), run by Node, which
/// the end-to-end tests need anyway: a tag the site has in any case, else its primary
/// subtag, else nothing.
#[test]
fn the_pages_language_rule_reads_tags_as_browsers_write_them() {
    let cases = [
        ("es", "es"),
        ("ES", "es"),
        (" es ", "es"),
        ("es-MX", "es"),
        ("es_419", "es"),
        ("en-GB", "en"),
        ("en-XA", "en-XA"),
        ("en-xa", "en-XA"),
        ("fr", "none"),
        ("", "none"),
        ("esperanto", "none"),
        ("-es", "none"),
        ("<script>", "none"),
    ];
    let tags: Vec<String> = cases.iter().map(|(t, _)| format!("{t:?}")).collect();
    let script = format!("{}console.log([{}].map((t)=>pick(t)??'none').join(' '))", site::pick_language_js(), tags.join(","));
    let out = std::process::Command::new("node").args(["-e", &script]).output().expect("node runs (the end-to-end tests need it too)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got = String::from_utf8(out.stdout).unwrap();
    let got: Vec<&str> = got.split_whitespace().collect();
    let want: Vec<&str> = cases.iter().map(|(_, w)| *w).collect();
    assert_eq!(got, want);
    // The loader is the rule and nothing else about tags.
    let loader = site::language_loader("/");
    assert!(loader.contains(&site::pick_language_js()) && loader.contains("pick(q)"));
}
