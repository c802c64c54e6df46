//! The static pages: every lesson and the home page as complete HTML, written at build time
//! from the same parsed lessons the app uses, so a page reads completely before (or without)
//! any script and link previews, search engines and oEmbed consumers see the real content.
//!
//! The app then makes the interactive parts live as *islands*: each `data-island` element
//! below is replaced by the component that renders the same markup, so what is already on
//! the page is not rendered again and nothing moves. The markup of each island here must be
//! what its component renders first; the end-to-end tests check that nothing shifts and that
//! both say the same words.
//!
//! Pure functions of the lessons and a [`Site`]: `examples/prerender.rs` writes them into
//! the release build.

pub mod practice;

use crate::route::Route;
pub use crate::text::esc;
use crate::text::{challenge_note, describe, PREDICT_HINT};
use crate::{Block, Lesson};
use std::fmt::Write;

/// Where the site lives.
#[derive(Clone, Copy, Debug)]
pub struct Site<'a> {
    /// The path it is served under, with both slashes: `/` or `/repo/`.
    pub base: &'a str,
    /// Its full address, ending in the base: `https://example.org/repo/`.
    pub url: &'a str,
}

/// The site's name, as pages and previews show it.
pub const NAME: &str = "Twelve-Factor Playground";

/// The home page's title.
pub const HOME_TITLE: &str = "Twelve-Factor Playground: learn the twelve factors by breaking them";

/// The home page's description.
pub const HOME_DESCRIPTION: &str = "Learn the Twelve-Factor App methodology by breaking a simulated deployment in your browser: an interactive lesson for each factor, with a router, instances, backing services and a live log stream.";

/// The lesson's path under the site, without the base: `factors/config` (see [`crate::route`]).
pub fn lesson_path(lesson: &Lesson) -> String {
    Route::Lesson(&lesson.meta.slug).rel()
}

/// Every page of the site with these lessons (the introduction first) and the engine's
/// missions: the route table, filled in.
pub fn routes(all: &[Lesson]) -> Vec<Route<'_>> {
    let slugs: Vec<&str> = all.iter().filter(|l| l.meta.number > 0).map(|l| l.meta.slug.as_ref()).collect();
    let missions: Vec<&str> = tfp_engine::mission::MISSIONS.iter().map(|m| m.id).collect();
    crate::route::all(&slugs, &missions)
}

/// A lesson page's title.
pub fn lesson_title(lesson: &Lesson) -> String {
    format!("{}. {} · {NAME}", lesson.meta.number, lesson.meta.title)
}

/// A page's head: what the template's `<title>` and description become, plus canonical
/// address, language alternates, link previews, oEmbed discovery and structured data.
struct Head<'a> {
    title: String,
    description: &'a str,
    /// Path under the base (`""` for home).
    path: String,
    oembed: Option<(String, String)>,
    json_ld: String,
    image: String,
    image_alt: String,
}

fn head_html(site: Site, head: &Head) -> String {
    let url = format!("{}{}", site.url, head.path);
    let mut out = String::new();
    let _ = writeln!(out, r#"<link rel="canonical" href="{}">"#, esc(&url));
    // Languages: only English so far; every other language will add its own alternate.
    let _ = writeln!(out, r#"<link rel="alternate" hreflang="en" href="{0}"><link rel="alternate" hreflang="x-default" href="{0}">"#, esc(&url));
    if let Some((href, title)) = &head.oembed {
        let _ = writeln!(out, r#"<link rel="alternate" type="application/json+oembed" href="{}" title="{}">"#, esc(href), esc(title));
    }
    for (property, content) in [
        ("og:type", if head.path.is_empty() { "website" } else { "article" }),
        ("og:site_name", NAME),
        ("og:title", head.title.as_str()),
        ("og:description", head.description),
        ("og:url", url.as_str()),
        ("og:image", head.image.as_str()),
        ("og:image:alt", head.image_alt.as_str()),
        ("og:locale", "en"),
    ] {
        let _ = writeln!(out, r#"<meta property="{property}" content="{}">"#, esc(content));
    }
    let card = if head.image.ends_with("icon-512.png") { "summary" } else { "summary_large_image" };
    for (name, content) in
        [("twitter:card", card), ("twitter:title", head.title.as_str()), ("twitter:description", head.description), ("twitter:image", head.image.as_str())]
    {
        let _ = writeln!(out, r#"<meta name="{name}" content="{}">"#, esc(content));
    }
    // JSON inside a script element: `<` is escaped so no text can close the element.
    let _ = writeln!(out, r#"<script type="application/ld+json">{}</script>"#, head.json_ld.replace('<', "\\u003c"));
    out
}

/// A JSON string literal.
pub fn json(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Start the app only after the page has loaded and painted. Trunk's page imports the app's
/// JavaScript at once and preloads its wasm; a static page is readable without them, so they
/// are fetched after the `load` event and the first paint with content instead (or 3 s after
/// `load`, if the browser says nothing of paints, as in a hidden tab), and do not compete with the page's own text and styles
/// (which is what a slow phone shows first). Fails if the template does not look like Trunk's,
/// so a change there is noticed at build time rather than silently loading eagerly.
pub fn defer_app(template: &str) -> Result<String, String> {
    let mut page = template.to_string();
    // The preloads of the app's script and wasm.
    for marker in [r#"<link rel="modulepreload""#, r#"<link rel="preload""#] {
        while let Some(at) = page.find(marker) {
            let end = page[at..].find('>').ok_or("an unclosed preload link")? + at + 1;
            page.replace_range(at..end, "");
        }
    }
    let script = r#"<script type="module">"#;
    let at = page.find(script).ok_or("the template has no module script (Trunk's loader)")? + script.len();
    let end = page[at..].find("</script>").ok_or("the module script is not closed")? + at;
    let body = page[at..end].to_string();
    let import = body.find("import init, * as bindings from '").ok_or("the module script does not import the app as Trunk writes it")?;
    let from = import + "import init, * as bindings from '".len();
    let to = body[from..].find("';").ok_or("the app's import is not closed")? + from;
    let module = &body[from..to];
    let rest = &body[to + 2..];
    // After `load` and after the first paint with content: on a fast connection `load` can come
    // before anything is painted, and the app's requests would then delay that paint.
    let deferred = format!(
        "
const start = async () => {{
const {{ default: init, ...bindings }} = await import('{module}');{rest}}};
const painted = () => new Promise((ok) => {{
  setTimeout(ok, 3000);
  try {{ new PerformanceObserver((list, seen) => {{ if (list.getEntriesByName('first-contentful-paint').length) {{ seen.disconnect(); ok(); }} }}).observe({{ type: 'paint', buffered: true }}); }}
  catch {{ requestAnimationFrame(() => setTimeout(ok, 0)); }}
}});
const go = () => painted().then(() => setTimeout(start, 0));
if (document.readyState === 'complete') go(); else addEventListener('load', go, {{ once: true }});
"
    );
    page.replace_range(at..end, &deferred);
    Ok(page)
}

/// Put a page into the built `index.html`: its title, description and head tags, and its
/// body in place of the loading shell.
fn fill(template: &str, site: Site, head: &Head, body: &str) -> Result<String, String> {
    let title_at = template.find("<title>").ok_or("the template has no <title>")?;
    let title_end = template[title_at..].find("</title>").ok_or("the template's <title> is not closed")? + title_at + "</title>".len();
    let mut page = format!("{}<title>{}</title>{}", &template[..title_at], esc(&head.title), &template[title_end..]);
    let desc = r#"<meta name="description" content=""#;
    let at = page.find(desc).ok_or("the template has no description")?;
    let end = page[at..].find('>').ok_or("the template's description is not closed")? + at + 1;
    page.replace_range(at..end, &format!(r#"{desc}{}">"#, esc(head.description)));
    let head_end = page.find("</head>").ok_or("the template has no </head>")?;
    page.insert_str(head_end, &head_html(site, head));
    let mut page = defer_app(&page)?;
    let body_at = page.find("<body>").ok_or("the template has no <body>")? + "<body>".len();
    let body_end = page.rfind("</body>").ok_or("the template has no </body>")?;
    page.replace_range(body_at..body_end, &format!("\n{body}\n"));
    Ok(page)
}

/// The parts every page shares: skip link, header with the site's navigation, notices,
/// the page, footer. `current` is the nav item this page belongs to.
fn chrome(site: Site, path: &str, current: Option<&str>, main: &str) -> String {
    let b = site.base;
    let nav = [("", "Factors"), ("sandbox/", "Sandbox"), ("missions/", "Missions"), ("drills/", "Drills")]
        .iter()
        .map(|(href, label)| {
            let here = if current == Some(*href) { r#" aria-current="page""# } else { "" };
            format!(r#"<a href="{b}{href}"{here}>{label}</a>"#)
        })
        .collect::<String>();
    format!(
        r##"<div class="app">
<a class="skip-link" href="{b}{path}#main">Skip to content</a>
<header class="site-header">
<a href="{b}" class="brand"><span class="brand-mark" aria-hidden="true">12</span><span class="brand-name">{NAME}</span></a>
<nav class="site-nav" aria-label="Site">{nav}<div class="island" data-island="facilitator"><button type="button" class="facilitator-toggle" aria-pressed="false">Facilitator notes</button></div></nav>
</header>
<div class="island" data-island="notice"></div>
<main id="main" tabindex="-1">
{main}
</main>
<footer class="site-footer">
<p>{NAME} runs entirely in your browser; progress is saved on this device only. The methodology is described at <a href="https://12factor.net/">12factor.net</a>.</p>
<p>Teaching it? <a href="{b}{workshop}">Plan a workshop</a>: presenter mode, a speaker view and a printed handout.</p>
</footer>
</div>"##,
        workshop = crate::route::Route::Workshop.rel()
    )
}

/// One block as static HTML, wrapped as an island where the app makes it live. `None` for
/// hints after the first (the first holds them all).
fn block_html(lesson: &Lesson, index: usize) -> Option<String> {
    let blocks = &lesson.blocks;
    let first_hint = blocks.iter().position(|b| matches!(b, Block::Hint { .. }));
    let island = |inner: String| format!(r#"<div class="island" data-island="block" data-block="{index}">{inner}</div>"#);
    Some(match &blocks[index] {
        // For the handout and the speaker view only.
        Block::Gist { .. } => return None,
        Block::Prose { html } => format!(r#"<div class="prose">{html}</div>"#),
        Block::Sidebar { title, html } => {
            format!(r#"<aside class="sidebar"><h3><span class="sidebar-kicker">Since then: </span><span>{title}</span></h3><div>{html}</div></aside>"#)
        }
        Block::Outcome { title, html } => island(format!(
            r#"<details class="outcome prose" data-outcome><summary><h2>{title}</h2><span class="outcome-note"> (opens once you have run the violating way; open it now if you like)</span></summary><div>{html}</div></details>"#
        )),
        Block::Predict { question, options, correct, explain } => {
            let items = options
                .iter()
                .enumerate()
                .map(|(i, o)| format!(r#"<li><label class="option"><input type="radio" name="predict-{index}" value="{i}"><span>{o}</span><span class="mark"> ✓ the answer</span></label></li>"#))
                .collect::<String>();
            let answer = options.get(usize::from(*correct)).map_or("", |o| o.as_ref());
            island(format!(
                r#"<section class="predict" aria-labelledby="predict-title-{index}" data-predict="open"><h3 id="predict-title-{index}">Predict first</h3><p>{question}</p><ul class="options">{items}</ul><div class="predict-out" aria-live="polite"><p class="hint-line">{PREDICT_HINT}<button type="button" class="link-button">Just show me the answer</button></p><noscript><details class="explain"><summary>The answer, without the simulation</summary><p><strong>{answer}</strong></p><p>{explain}</p></details></noscript></div></section>"#
            ))
        }
        Block::Sim { caption } => {
            let scenario = lesson.meta.scenario.as_deref().and_then(tfp_engine::Scenario::by_id);
            let (title, ways) = scenario.map_or((lesson.meta.title.to_string(), String::new()), |s| {
                (
                    s.factor.title().to_string(),
                    format!(
                        r#"<ul class="sim-static-ways"><li><strong>The twelve-factor way: </strong>{}</li><li><strong>The violating way: </strong>{}</li></ul>"#,
                        esc(s.compliant),
                        esc(s.violating)
                    ),
                )
            });
            let caption = caption.as_ref().map(|c| format!(r#"<p class="sim-caption">{c}</p>"#)).unwrap_or_default();
            island(format!(
                r#"<section class="sim sim-static" aria-labelledby="sim-title-{index}"><h3 class="sim-title" id="sim-title-{index}">Simulation: {}</h3>{caption}{ways}<p class="sim-static-note" role="status"><span class="sim-loading">Starting the simulation…</span><noscript>The simulation runs in your browser and needs JavaScript and WebAssembly; everything else on this page reads without them.</noscript></p></section>"#,
                esc(&title)
            ))
        }
        Block::Challenge { goal, checks, .. } => {
            let rows = checks
                .iter()
                .map(|c| {
                    format!(
                        r#"<li class="not-yet"><span class="mark" aria-hidden="true">○ </span>{}<span class="visually-hidden"> (not yet)</span></li>"#,
                        esc(&describe(c))
                    )
                })
                .collect::<String>();
            island(format!(
                r#"<section class="challenge" data-challenge="open" data-challenge-status="unmet" aria-labelledby="challenge-title"><h3 id="challenge-title">Your challenge</h3><p class="goal">{goal}</p><p class="challenge-note">{}</p><ul class="conditions">{rows}</ul><p class="challenge-status" aria-live="polite">Not met yet.</p></section>"#,
                esc(&challenge_note())
            ))
        }
        Block::Hint { .. } => {
            if first_hint != Some(index) {
                return None;
            }
            let hints: Vec<&str> = lesson.hints().map(|h| h.as_ref()).collect();
            let total = hints.len();
            let items = hints
                .iter()
                .enumerate()
                .map(|(i, h)| format!(r#"<li class="hint" hidden><span class="hint-n">Hint {} of {total}</span><div>{h}</div></li>"#, i + 1))
                .collect::<String>();
            let open = hints
                .iter()
                .enumerate()
                .map(|(i, h)| format!(r#"<li><span class="hint-n">Hint {} of {total}</span><div>{h}</div></li>"#, i + 1))
                .collect::<String>();
            island(format!(
                r#"<section class="hints" aria-label="Hints"><ol aria-live="polite">{items}</ol><button type="button" data-hint-next>Show a hint (1 of {total})</button><noscript><details><summary>Hints</summary><ol class="hints-static">{open}</ol></details></noscript></section>"#
            ))
        }
        Block::Solution { html } => island(format!(
            r#"<details class="solution"><summary>Show the solution</summary><div>{html}</div><button type="button" data-solution-replay>▶ Replay the solution in the simulation</button></details>"#
        )),
        // Instructors' notes are shown only when asked for, by the app.
        Block::Facilitator { .. } => island(String::new()),
    })
}

/// A lesson's whole page. `all` are every lesson in order (the introduction first), for the
/// neighbours; `data` is the lesson's blocks in the wire form, for the app's islands.
pub fn lesson_page(template: &str, site: Site, lesson: &Lesson, all: &[Lesson], data: &str) -> Result<String, String> {
    let m = &lesson.meta;
    if data.to_ascii_lowercase().contains("</script") || data.contains("<!--") {
        return Err(format!("{}: the lesson data cannot be put inside a <script> element", m.slug));
    }
    let b = site.base;
    let path = lesson_path(lesson);
    let body = (0..lesson.blocks.len()).filter_map(|i| block_html(lesson, i)).collect::<Vec<_>>().join("\n");
    let i = all.iter().position(|l| l.meta.slug == m.slug).ok_or("the lesson is not in the list")?;
    let prev = all
        .get(i.wrapping_sub(1))
        .filter(|l| l.meta.number > 0)
        .map(|l| format!(r#"<a href="{b}{}" rel="prev" class="lesson-nav-prev">← {}. {}</a>"#, lesson_path(l), l.meta.number, esc(&l.meta.title)));
    let next = all
        .get(i + 1)
        .map(|l| format!(r#"<a href="{b}{}" rel="next" class="lesson-nav-next">{}. {} →</a>"#, lesson_path(l), l.meta.number, esc(&l.meta.title)));
    let total = all.iter().filter(|l| l.meta.number > 0).count();
    let main = format!(
        r#"<article class="lesson" data-lesson="{slug}">
<header class="lesson-head"><p class="kicker">{kicker} · about {min} minutes</p><h1>{n}. {title}</h1><p class="lede">{summary}</p><p class="canonical"><a href="{canonical}" rel="noopener">{canonical_words}</a></p></header>
<div class="island" data-island="notices"></div>
<div class="lesson-body">
{body}
</div>
<footer class="lesson-foot"><div class="island" data-island="complete"><button type="button" class="complete-toggle" aria-pressed="false">Mark this lesson complete</button></div><nav class="lesson-nav" aria-label="Lessons">{prev}<a href="{b}">All lessons</a><a href="{b}present/{slug}/" class="present-link">Present this lesson</a>{next}</nav></footer>
</article>"#,
        slug = m.slug,
        n = m.number,
        kicker = crate::text::lesson_kicker(m, total),
        canonical_words = crate::text::canonical_link(m),
        min = m.minutes,
        title = esc(&m.title),
        summary = esc(&m.summary),
        canonical = esc(&m.canonical),
        prev = prev.unwrap_or_default(),
        next = next.unwrap_or_default(),
    );
    let url = format!("{}{path}", site.url);
    let json_ld = format!(
        r#"{{"@context":"https://schema.org","@type":"LearningResource","name":{},"headline":{},"description":{},"url":{},"inLanguage":"en","learningResourceType":"interactive simulation","interactivityType":"active","educationalLevel":"beginner","timeRequired":"PT{}M","isAccessibleForFree":true,"about":{{"@type":"Thing","name":{},"url":{}}},"isPartOf":{{"@type":"Course","name":{},"url":{},"description":{}}}}}"#,
        json(&format!("{}. {}", m.number, m.title)),
        json(&format!("{}. {}", m.number, m.title)),
        json(&m.summary),
        json(&url),
        m.minutes,
        json(&format!("The Twelve-Factor App: {}", m.title)),
        json(&m.canonical),
        json(NAME),
        json(site.url),
        json(HOME_DESCRIPTION),
    );
    let head = Head {
        title: lesson_title(lesson),
        description: &m.summary,
        path: path.clone(),
        oembed: Some((format!("{}oembed/{}.json", site.url, m.slug), format!("{}. {}", m.number, m.title))),
        json_ld,
        // Written by `scripts/og-images.mjs` after the build: the lesson's simulation, broken.
        image: format!("{}og/{}.png", site.url, m.slug),
        image_alt: format!("{}. {}: the lesson's simulated deployment, broken the violating way", m.number, m.title),
    };
    // The lesson's data for the app, outside the page's content.
    let data = format!(r#"<script type="text/plain" id="{}">{data}</script>"#, crate::DATA_ID);
    fill(template, site, &head, &format!("{}\n{data}", chrome(site, &path, None, &main)))
}

/// The home page: a card for every lesson, and the introduction, with the learner's progress as
/// islands.
pub fn home_page(template: &str, site: Site, all: &[Lesson]) -> Result<String, String> {
    let b = site.base;
    let lessons: Vec<&Lesson> = all.iter().filter(|l| l.meta.number > 0).collect();
    let total = lessons.len();
    let missions = crate::text::capitalise(&crate::text::count_words(tfp_engine::mission::MISSIONS.len()));
    let cards = lessons
        .iter()
        .map(|l| {
            format!(
                r#"<li class="card" data-factor="{slug}"><a href="{b}{path}"><span class="card-number">{n}</span><span class="card-title">{title}</span></a><p class="card-summary">{summary}</p><p class="card-meta"><span>{min} min</span><span class="card-state">○ not started</span></p></li>"#,
                slug = l.meta.slug,
                path = lesson_path(l),
                n = l.meta.number,
                title = esc(&l.meta.title),
                summary = esc(&l.meta.summary),
                min = l.meta.minutes
            )
        })
        .collect::<String>();
    let intro = all
        .iter()
        .find(|l| l.meta.number == 0)
        .map(|l| l.blocks.iter().filter_map(|b| if let Block::Prose { html } = b { Some(html.as_ref()) } else { None }).collect::<String>())
        .unwrap_or_default();
    let main = format!(
        r#"<section class="hero"><h1>{NAME}</h1><p class="lede">Learn the Twelve-Factor App by breaking a simulated deployment. Flip a factor the wrong way, throw a deploy, a restart or a traffic spike at it, and watch what fails and why.</p><div class="island" data-island="progress"><p class="progress-summary" aria-live="polite">0 of {total} lessons complete</p><progress max="{total}" value="0" aria-label="Lessons complete"></progress></div></section>
<h2 class="visually-hidden">The lessons</h2>
<div class="island" data-island="cards"><ol class="cards">{cards}</ol></div>
<p class="sandbox-link"><a href="{b}sandbox/">Then put all twelve together in the chaos sandbox →</a> One app, twelve switches, every kind of trouble, and a scorecard.</p>
<p class="sandbox-link"><a href="{b}missions/">Play the missions →</a> {missions} apps, a forecast each, and only a few changes: fix the factors the forecast will hit.</p>
<p class="sandbox-link"><a href="{b}drills/">Then be the one on call: incident drills →</a> A sick deployment, the switches hidden: find which factors are broken.</p>
<p class="workshop-links">Running a workshop? <a href="{b}handout/">Printable handout</a> · every lesson has a presenter mode · <a href="{b}progress/">Your progress: export, import, reset</a></p>
<section class="intro prose" aria-label="About the Twelve-Factor App">{intro}</section>"#
    );
    let parts = lessons
        .iter()
        .map(|l| {
            format!(
                r#"{{"@type":"LearningResource","name":{},"url":{}}}"#,
                json(&format!("{}. {}", l.meta.number, l.meta.title)),
                json(&format!("{}{}", site.url, lesson_path(l)))
            )
        })
        .collect::<Vec<_>>()
        .join(",");
    let json_ld = format!(
        r#"{{"@context":"https://schema.org","@type":"Course","name":{},"description":{},"url":{},"inLanguage":"en","isAccessibleForFree":true,"provider":{{"@type":"Organization","name":{},"url":{}}},"hasPart":[{parts}]}}"#,
        json(NAME),
        json(HOME_DESCRIPTION),
        json(site.url),
        json(NAME),
        json(site.url)
    );
    let head = Head {
        title: HOME_TITLE.into(),
        description: HOME_DESCRIPTION,
        path: String::new(),
        oembed: None,
        json_ld,
        image: format!("{}icon-512.png", site.url),
        image_alt: NAME.into(),
    };
    fill(template, site, &head, &chrome(site, "", Some(""), &main))
}

/// The page for an address the site does not have.
pub fn not_found_page(template: &str, site: Site) -> Result<String, String> {
    let b = site.base;
    let main = format!(
        r#"<div class="not-found"><h1>Page not found</h1><p>There is no page at this address. It may be mistyped, or a lesson may have moved.</p><p><a href="{b}">Go to the lessons</a></p></div>"#
    );
    let head = Head {
        title: format!("Page not found · {NAME}"),
        description: HOME_DESCRIPTION,
        path: String::new(),
        oembed: None,
        json_ld: format!(
            r#"{{"@context":"https://schema.org","@type":"WebPage","name":"Page not found","isPartOf":{{"@type":"WebSite","name":{},"url":{}}}}}"#,
            json(NAME),
            json(site.url)
        ),
        image: format!("{}icon-512.png", site.url),
        image_alt: NAME.into(),
    };
    let mut page = fill(template, site, &head, &chrome(site, "", None, &main))?;
    // The not-found page must not claim to be the home page.
    page = page
        .replace(&format!(r#"<link rel="canonical" href="{}">"#, esc(site.url)), "")
        .replace(r#"<link rel="alternate" hreflang="en""#, r#"<meta name="robots" content="noindex"><link rel="alternate" hreflang="en""#);
    Ok(page)
}

/// Every static page's path under the base: the home page (`""`), every lesson, and the
/// practice pages (the routes the build writes, but the not-found page). The sitemap and
/// the exported catalogue both list these.
pub fn page_paths(all: &[Lesson]) -> Vec<String> {
    routes(all).into_iter().filter(|r| r.prerendered() && *r != Route::NotFound).map(Route::rel).collect()
}

/// `sitemap.xml`: every static page (see [`page_paths`]).
pub fn sitemap(site: Site, all: &[Lesson]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for path in page_paths(all) {
        let url = esc(&format!("{}{path}", site.url));
        let _ = writeln!(out, "  <url><loc>{url}</loc><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"{url}\"/></url>");
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be read; embeds and presenter copies are not pages of their own.
pub fn robots(site: Site) -> String {
    format!("User-agent: *\nAllow: /\nDisallow: {0}embed/\nDisallow: {0}present/\nDisallow: {0}oembed/\n\nSitemap: {1}sitemap.xml\n", site.base, site.url)
}
