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

use crate::route::{Bundle, Route};
pub use crate::text::esc;
use crate::text::{challenge_note, describe};
use crate::{Block, Lesson};
use i18n::{t, Lang};
use std::fmt::Write;

/// Where the site lives, and the language of the pages being written. The words come from
/// the installed catalogue (`i18n::install`), which the build sets to `lang` first.
#[derive(Clone, Copy, Debug)]
pub struct Site<'a> {
    /// The path it is served under, with both slashes: `/` or `/repo/`.
    pub base: &'a str,
    /// Its full address, ending in the base: `https://example.org/repo/`.
    pub url: &'a str,
    /// The language of the pages (English at the base, others in their folder).
    pub lang: Lang,
}

impl Site<'_> {
    /// This language's home page, in full: `https://example.org/es/`.
    pub fn home_url(&self) -> String {
        self.page_url(self.lang, "")
    }

    /// Where this language's pages start, as links write it: `/`, `/es/`, `/repo/es/`.
    pub fn home(&self) -> String {
        self.home_in(self.lang)
    }

    /// Where a language's pages start (see [`Site::home`]).
    pub fn home_in(&self, lang: Lang) -> String {
        format!("{}{}", self.base, in_lang(lang, ""))
    }

    /// A page's full address in a language: `https://example.org/es/factors/config`.
    pub fn page_url(&self, lang: Lang, path: &str) -> String {
        format!("{}{}{path}", self.url, &self.home_in(lang)[self.base.len()..])
    }
}

/// The site's name, as pages and previews show it.
pub fn name() -> String {
    t!(SiteName)
}

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
    t!(LessonPageTitle, number = lesson.meta.number, title = lesson.meta.title.as_ref())
}

/// A page's head: what the template's `<title>` and description become, plus canonical
/// address, language alternates, link previews, oEmbed discovery and structured data.
struct Head {
    title: String,
    description: String,
    /// Path under the base (`""` for home).
    path: String,
    oembed: Option<(String, String)>,
    json_ld: String,
    image: String,
    image_alt: String,
}

fn head_html(site: Site, head: &Head) -> String {
    let url = site.page_url(site.lang, &head.path);
    let mut out = String::new();
    let _ = writeln!(out, r#"<link rel="canonical" href="{}">"#, esc(&url));
    // The same page in every offered language, and English for everyone else.
    for lang in Lang::OFFERED {
        let _ = write!(out, r#"<link rel="alternate" hreflang="{}" href="{}">"#, lang.code(), esc(&site.page_url(lang, &head.path)));
    }
    let _ = writeln!(out, r#"<link rel="alternate" hreflang="x-default" href="{}">"#, esc(&site.page_url(Lang::En, &head.path)));
    if site.lang == Lang::Pseudo {
        let _ = writeln!(out, r#"<meta name="robots" content="noindex">"#);
    }
    if site.lang != Lang::En {
        // This language's messages, which the app fetches before it starts.
        let _ = writeln!(out, r#"<link rel="preload" href="{}{}" as="fetch" crossorigin>"#, site.base, pack_file(site.lang));
    }
    if let Some((href, title)) = &head.oembed {
        let _ = writeln!(out, r#"<link rel="alternate" type="application/json+oembed" href="{}" title="{}">"#, esc(href), esc(title));
    }
    let name = name();
    let locale = site.lang.code().replace('-', "_");
    for (property, content) in [
        ("og:type", if head.path.is_empty() { "website" } else { "article" }),
        ("og:site_name", name.as_str()),
        ("og:title", head.title.as_str()),
        ("og:description", head.description.as_str()),
        ("og:url", url.as_str()),
        ("og:image", head.image.as_str()),
        ("og:image:alt", head.image_alt.as_str()),
        ("og:locale", locale.as_str()),
    ] {
        let _ = writeln!(out, r#"<meta property="{property}" content="{}">"#, esc(content));
    }
    let card = if head.image.ends_with("icon-512.png") { "summary" } else { "summary_large_image" };
    for (name, content) in [
        ("twitter:card", card),
        ("twitter:title", head.title.as_str()),
        ("twitter:description", head.description.as_str()),
        ("twitter:image", head.image.as_str()),
    ] {
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

/// The page's language, settled before the app starts (in the page's module script, so the
/// app needs no code of its own to fetch it): an embed's `?lang=` if it names a language the
/// site has (see [`pick_language_js`]; it sets `<html lang>`), and then, for any language but
/// English, its messages (the file the page preloads) into `window.tfpPack`, which the app
/// reads as it starts. The language switcher's links take the page's query and fragment (a
/// shared run, a plan).
pub fn language_loader(base: &str) -> String {
    format!(
        "{{{pick}const keep=(c)=>{{try{{localStorage.setItem('{key}',c);}}catch{{}}}},kept=()=>{{try{{return localStorage.getItem('{key}');}}catch{{return null;}}}};const r=document.documentElement,q=new URLSearchParams(location.search).get('lang');if(q){{const c=pick(q);if(c)r.lang=c;}}if(r.lang!=='en')window.tfpPack=await fetch('{base}{pack}'+r.lang+'.txt').then((x)=>(x.ok?x.text():'')).catch(()=>'');for(const a of document.querySelectorAll('a[data-lang]')){{a.href=a.href.split(/[?#]/)[0]+location.search+location.hash;a.addEventListener('click',()=>keep(a.dataset.lang));}}{suggest}}}\n",
        pick = pick_language_js(),
        pack = "i18n/",
        suggest = SUGGEST_JS,
        key = LANGUAGE_KEY,
    )
}

/// Where the page's script remembers the language the reader picked (browser storage).
pub const LANGUAGE_KEY: &str = "twelve-factor-playground.language";

/// The page's script for [`suggestions`]: unless the reader has picked a language (the key
/// below) or the address names one (`?lang=`), the first of the browser's languages the site
/// has, if it is not the page's, shows its offer; "no" keeps the page's language. While it
/// shows, `--suggest-room` on the root is the room it takes at the foot of the screen, which
/// the stylesheet keeps clear (the simulation's sticky bar sits above it, the page's end can
/// scroll past it).
const SUGGEST_JS: &str = "if(!q&&!kept()){for(const t of navigator.languages??[]){const c=pick(t);if(!c)continue;const s=c!==r.lang&&document.querySelector(`[data-suggest=\"${c}\"]`);if(s){s.hidden=false;const o=new ResizeObserver(()=>r.style.setProperty('--suggest-room',s.offsetHeight+16+'px'));o.observe(s);s.querySelector('button').addEventListener('click',()=>{keep(r.lang);s.hidden=true;o.disconnect();r.style.removeProperty('--suggest-room');});}break;}}";

/// The one rule for reading a language tag (`?lang=`), as the JavaScript function `pick`: a
/// tag the site writes pages in, in any case (`es`, `ES`, `en-xa`), else its primary subtag
/// (`es-MX` is Spanish); the tag as `<html lang>` writes it, or `undefined` for a language the
/// site does not have (the page stays as it is). It runs in the page, before the app, so it is
/// JavaScript; the tests run it.
pub fn pick_language_js() -> String {
    let codes: Vec<String> = Lang::ALL.iter().map(|l| format!("'{}'", l.code())).collect();
    format!(
        "const pick=(t)=>{{const c=[{codes}],q=t.trim().toLowerCase();return c.find((l)=>l.toLowerCase()===q)??c.find((l)=>l===q.split(/[-_]/)[0]);}};",
        codes = codes.join(",")
    )
}

/// A page whose module script starts the app (Trunk's, or [`defer_app`]'s) with the
/// [`language_loader`] run first. A page that has it already is returned as it is.
pub fn with_language(page: &str, base: &str) -> Result<String, String> {
    if page.contains("window.tfpPack") {
        return Ok(page.to_string());
    }
    let loader = language_loader(base);
    for marker in ["const start = async () => {\n", "';\nconst wasm = await init("] {
        if let Some(at) = page.find(marker) {
            let at = at + if marker.starts_with("const start") { marker.len() } else { 3 };
            let mut out = page.to_string();
            out.insert_str(at, &loader);
            return Ok(out);
        }
    }
    Err("the page's module script does not start the app as Trunk writes it".into())
}

/// Put a page into the built `index.html`: its title, description and head tags, and its
/// body in place of the loading shell.
fn fill(template: &str, site: Site, head: &Head, body: &str) -> Result<String, String> {
    let page = in_page_language(&titled(template, &head.title, &head.description)?, site.lang)?;
    // After the app's own preloads are taken out (so the language's stays).
    let mut page = with_language(&defer_app(&page)?, site.base)?;
    let head_end = page.find("</head>").ok_or("the template has no </head>")?;
    page.insert_str(head_end, &head_html(site, head));
    let body_at = page.find("<body>").ok_or("the template has no <body>")? + "<body>".len();
    let body_end = page.rfind("</body>").ok_or("the template has no </body>")?;
    page.replace_range(body_at..body_end, &format!("\n{body}\n"));
    Ok(page)
}

/// The file of a language's messages under the base (`i18n/es.txt`), which the build writes
/// and the app fetches.
pub fn pack_file(lang: Lang) -> String {
    format!("i18n/{}.txt", lang.code())
}

/// A language's file (see [`pack_file`]): its compiled messages, then one line per lesson
/// (the introduction first, as the app's index has them): its data file, title, summary and
/// canonical link, tab-separated, or an empty line where the lesson is not translated (the
/// app then shows the English one, with a note).
pub fn pack(lang: Lang, translated: &[Option<&Lesson>]) -> Result<String, String> {
    let mut out = lang.compiled().to_string();
    for lesson in translated {
        if let Some(l) = lesson {
            let fields = [crate::codegen::data_file(l).0, l.meta.title.to_string(), l.meta.summary.to_string(), l.meta.canonical.to_string()];
            if fields.iter().any(|f| f.contains(['\t', '\n'])) {
                return Err(format!("{}: a title, summary or link with a tab or line break", l.meta.slug));
            }
            out.push_str(&fields.join("\t"));
        }
        out.push('\n');
    }
    Ok(out)
}

/// The language switcher: a link to this page (`path` under the language's folder) in each
/// other offered language, named in that language.
fn switcher(site: Site, path: &str) -> String {
    let links = Lang::OFFERED
        .into_iter()
        .filter(|l| *l != site.lang)
        .map(|l| format!(r#"<a href="{}{path}" hreflang="{code}" lang="{code}" data-lang="{code}">{}</a>"#, site.home_in(l), esc(l.name()), code = l.code()))
        .collect::<String>();
    format!(r#"<div class="language-switch" role="group" aria-label="{}">{links}</div>{}"#, esc(&t!(LanguageLabel)), suggestions(site, path))
}

/// For a reader whose browser prefers another offered language: an offer of this page in it,
/// in that language, hidden until the page's script ([`language_loader`]) finds the browser
/// prefers it. It is never followed by itself, and once the reader picks a language (the
/// offer, its "no", or the switcher) it is not made again. None on a page in a language
/// that is not offered (the pseudo-locale).
fn suggestions(site: Site, path: &str) -> String {
    if !Lang::OFFERED.contains(&site.lang) {
        return String::new();
    }
    let say = |l: Lang, m: i18n::Msg| esc(&i18n::f_in(l, m, &[]));
    Lang::OFFERED
        .into_iter()
        .filter(|l| *l != site.lang)
        .map(|l| {
            format!(
                r#"<aside class="language-suggest" data-suggest="{code}" lang="{code}" aria-label="{label}" hidden><p>{text} <a href="{}{path}" hreflang="{code}" data-lang="{code}">{go}</a></p><button type="button">{no}</button></aside>"#,
                site.home_in(l),
                code = l.code(),
                label = say(l, i18n::Msg::LanguageLabel),
                text = say(l, i18n::Msg::LanguageSuggest),
                go = say(l, i18n::Msg::LanguageSuggestGo),
                no = say(l, i18n::Msg::LanguageSuggestNo),
            )
        })
        .collect()
}

/// The site's navigation links, in the page's language (`current` is marked).
fn nav_links(site: Site, current: Option<&str>) -> String {
    let b = site.home();
    [("", t!(NavFactors)), ("sandbox/", t!(NavSandbox)), ("missions/", t!(NavMissions)), ("drills/", t!(NavDrills))]
        .iter()
        .map(|(href, label)| {
            let here = if current == Some(*href) { r#" aria-current="page""# } else { "" };
            format!(r#"<a href="{b}{href}"{here}>{}</a>"#, esc(label))
        })
        .collect()
}

/// What a page the app draws shows until the app replaces it (`#shell`), in the page's
/// language: the site's header and a loading line, or, in an embed, the loading line alone;
/// and what it needs, for a browser without scripts.
fn shell(site: Site, bundle: Bundle) -> String {
    if bundle == Bundle::Embed {
        return format!(
            r#"<div id="shell" class="embed-shell"><p class="loading" role="status">{}</p><noscript><p class="noscript">{}</p></noscript></div>"#,
            esc(&t!(ShellLoadingEmbed)),
            esc(&t!(ShellNoscriptEmbed))
        );
    }
    let (hero, loading) = match bundle {
        Bundle::Presenter => (String::new(), t!(ShellLoadingPresenter)),
        _ => (format!(r#"<h1>{}</h1><p class="lede">{}</p>"#, esc(&name()), esc(&t!(HomeLede))), t!(ShellLoading)),
    };
    format!(
        r#"<div id="shell"><header class="site-header"><a class="brand" href="{home}"><span class="brand-mark" aria-hidden="true">12</span><span class="brand-name">{name}</span></a><nav class="site-nav" aria-label="{nav_label}">{nav}</nav></header><main id="main"><section class="hero">{hero}<p class="loading" role="status">{loading}</p></section><noscript><p class="noscript">{noscript}</p></noscript></main></div>"#,
        home = site.home(),
        name = esc(&name()),
        nav_label = esc(&t!(SiteNavLabel)),
        nav = nav_links(site, None),
        loading = esc(&loading),
        noscript = t!(ShellNoscript, link = r#"<a href="https://12factor.net/">12factor.net</a>"#),
    )
}

/// The parts every page shares: skip link, header with the site's navigation, notices,
/// the page, footer. `current` is the nav item this page belongs to.
fn chrome(site: Site, path: &str, current: Option<&str>, main: &str) -> String {
    let b = site.home();
    let nav = nav_links(site, current);
    let name = esc(&name());
    let about = t!(FooterAbout, link = r#"<a href="https://12factor.net/">12factor.net</a>"#);
    let teach = t!(FooterTeach, link = &format!(r#"<a href="{b}{}">{}</a>"#, crate::route::Route::Workshop.rel(), esc(&t!(FooterWorkshopLink))));
    format!(
        r##"<div class="app">
<a class="skip-link" href="{b}{path}#main">{skip}</a>
<header class="site-header">
<a href="{b}" class="brand"><span class="brand-mark" aria-hidden="true">12</span><span class="brand-name">{name}</span></a>
<nav class="site-nav" aria-label="{nav_label}">{nav}<div class="island" data-island="facilitator"><button type="button" class="facilitator-toggle" aria-pressed="false">{facilitator}</button></div></nav>
{switcher}
</header>
<div class="island" data-island="notice"></div>
<main id="main" tabindex="-1">
{main}
</main>
<footer class="site-footer">
<p>{about}</p>
<p>{teach}</p>
</footer>
</div>"##,
        skip = esc(&t!(SiteSkip)),
        nav_label = esc(&t!(SiteNavLabel)),
        facilitator = esc(&t!(FacilitatorShow)),
        switcher = switcher(site, path),
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
            format!(
                r#"<aside class="sidebar"><h3><span class="sidebar-kicker">{}</span><span>{title}</span></h3><div>{html}</div></aside>"#,
                esc(&t!(SidebarKicker))
            )
        }
        Block::Outcome { title, html } => island(format!(
            r#"<details class="outcome prose" data-outcome><summary><h2>{title}</h2><span class="outcome-note">{}</span></summary><div>{html}</div></details>"#,
            esc(&t!(OutcomeNote))
        )),
        Block::Predict { question, options, correct, explain } => {
            let items = options
                .iter()
                .enumerate()
                .map(|(i, o)| format!(r#"<li><label class="option"><input type="radio" name="predict-{index}" value="{i}"><span>{o}</span><span class="mark">{}</span></label></li>"#, esc(&t!(PredictMark))))
                .collect::<String>();
            let answer = options.get(usize::from(*correct)).map_or("", |o| o.as_ref());
            island(format!(
                r#"<section class="predict" aria-labelledby="predict-title-{index}" data-predict="open"><h3 id="predict-title-{index}">{heading}</h3><p>{question}</p><ul class="options">{items}</ul><div class="predict-out" aria-live="polite"><p class="hint-line">{hint}<button type="button" class="link-button">{show}</button></p><noscript><details class="explain"><summary>{without}</summary><p><strong>{answer}</strong></p><p>{explain}</p></details></noscript></div></section>"#,
                heading = esc(&t!(PredictHeading)),
                hint = esc(&t!(PredictHint)),
                show = esc(&t!(PredictShow)),
                without = esc(&t!(PredictNoscript)),
            ))
        }
        Block::Sim { caption } => {
            let scenario = lesson.meta.scenario.as_deref().and_then(tfp_engine::Scenario::by_id);
            let (title, ways) = scenario.map_or((lesson.meta.title.to_string(), String::new()), |s| {
                (
                    crate::text::factor_title(s.factor),
                    format!(
                        r#"<ul class="sim-static-ways"><li><strong>{}</strong>{}</li><li><strong>{}</strong>{}</li></ul>"#,
                        esc(&t!(SimCompliant)),
                        esc(&crate::words::way(s, false)),
                        esc(&t!(SimViolating)),
                        esc(&crate::words::way(s, true))
                    ),
                )
            });
            let caption = caption.as_ref().map(|c| format!(r#"<p class="sim-caption">{c}</p>"#)).unwrap_or_default();
            island(format!(
                r#"<section class="sim sim-static" aria-labelledby="sim-title-{index}"><h3 class="sim-title" id="sim-title-{index}">{}</h3>{caption}{ways}<p class="sim-static-note" role="status"><span class="sim-loading">{}</span><noscript>{}</noscript></p></section>"#,
                esc(&t!(SimHeading, factor = &title)),
                esc(&t!(SimStarting)),
                esc(&t!(SimNoscript))
            ))
        }
        Block::Challenge { goal, checks, .. } => {
            let rows = checks
                .iter()
                .map(|c| {
                    format!(
                        r#"<li class="not-yet"><span class="mark" aria-hidden="true">○ </span>{}<span class="visually-hidden">{}</span></li>"#,
                        esc(&describe(c)),
                        esc(&t!(ConditionNotYet))
                    )
                })
                .collect::<String>();
            island(format!(
                r#"<section class="challenge" data-challenge="open" data-challenge-status="unmet" aria-labelledby="challenge-title"><h3 id="challenge-title">{}</h3><p class="goal">{goal}</p><p class="challenge-note">{}</p><ul class="conditions">{rows}</ul><p class="challenge-status" aria-live="polite">{}</p></section>"#,
                esc(&t!(ChallengeHeading)),
                esc(&challenge_note()),
                esc(&t!(ChallengeNotMet))
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
                .map(|(i, h)| {
                    format!(r#"<li class="hint" hidden><span class="hint-n">{}</span><div>{h}</div></li>"#, esc(&t!(HintNumber, n = i + 1, total = total)))
                })
                .collect::<String>();
            let open = hints
                .iter()
                .enumerate()
                .map(|(i, h)| format!(r#"<li><span class="hint-n">{}</span><div>{h}</div></li>"#, esc(&t!(HintNumber, n = i + 1, total = total))))
                .collect::<String>();
            island(format!(
                r#"<section class="hints" aria-label="{label}"><ol aria-live="polite">{items}</ol><button type="button" data-hint-next>{first}</button><noscript><details><summary>{label}</summary><ol class="hints-static">{open}</ol></details></noscript></section>"#,
                label = esc(&t!(HintsLabel)),
                first = esc(&t!(HintFirst, total = total)),
            ))
        }
        Block::Solution { html } => island(format!(
            r#"<details class="solution"><summary>{}</summary><div>{html}</div><button type="button" data-solution-replay>{}</button></details>"#,
            esc(&t!(SolutionShow)),
            esc(&t!(SolutionReplay))
        )),
        // Instructors' notes are shown only when asked for, by the app.
        Block::Facilitator { .. } => island(String::new()),
    })
}

/// A lesson's whole page. `all` are every lesson in order (the introduction first), for the
/// neighbours; `data` is the lesson's blocks in the wire form, for the app's islands.
/// `untranslated` says the lesson is shown in English on another language's page (with a
/// note saying so).
pub fn lesson_page(template: &str, site: Site, lesson: &Lesson, all: &[Lesson], data: &str, untranslated: bool) -> Result<String, String> {
    let m = &lesson.meta;
    if data.to_ascii_lowercase().contains("</script") || data.contains("<!--") {
        return Err(format!("{}: the lesson data cannot be put inside a <script> element", m.slug));
    }
    let b = site.home();
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
<header class="lesson-head"><p class="kicker">{kicker} · {min}</p><h1>{n}. {title}</h1><p class="lede">{summary}</p><p class="canonical"><a href="{canonical}" rel="noopener">{canonical_words}</a></p></header>
{untranslated}<div class="island" data-island="notices"></div>
<div class="lesson-body">
{body}
</div>
<footer class="lesson-foot"><div class="island" data-island="complete"><button type="button" class="complete-toggle" aria-pressed="false">{complete}</button></div><nav class="lesson-nav" aria-label="{nav_label}">{prev}<a href="{b}">{all_lessons}</a><a href="{b}present/{slug}/" class="present-link">{present}</a>{next}</nav></footer>
</article>"#,
        slug = m.slug,
        n = m.number,
        kicker = crate::text::lesson_kicker(m, total),
        canonical_words = crate::text::canonical_link(m),
        min = esc(&t!(LessonMinutes, minutes = m.minutes)),
        untranslated = if untranslated {
            format!(r#"<p class="notice untranslated" lang="{}">{}</p>"#, site.lang.code(), esc(&t!(LessonUntranslated)))
        } else {
            String::new()
        },
        complete = esc(&t!(LessonComplete)),
        nav_label = esc(&t!(LessonNavLabel)),
        all_lessons = esc(&t!(LessonNavAll)),
        present = esc(&t!(LessonNavPresent)),
        title = esc(&m.title),
        summary = esc(&m.summary),
        canonical = esc(&m.canonical),
        prev = prev.unwrap_or_default(),
        next = next.unwrap_or_default(),
    );
    let url = site.page_url(site.lang, &path);
    let json_ld = format!(
        r#"{{"@context":"https://schema.org","@type":"LearningResource","name":{},"headline":{},"description":{},"url":{},"inLanguage":{},"learningResourceType":{},"interactivityType":"active","educationalLevel":"beginner","timeRequired":"PT{}M","isAccessibleForFree":true,"about":{{"@type":"Thing","name":{},"url":{}}},"isPartOf":{{"@type":"Course","name":{},"url":{},"description":{}}}}}"#,
        json(&format!("{}. {}", m.number, m.title)),
        json(&format!("{}. {}", m.number, m.title)),
        json(&m.summary),
        json(&url),
        json(if untranslated { "en" } else { site.lang.code() }),
        json(&t!(LessonResourceType)),
        m.minutes,
        json(&t!(LessonAbout, title = m.title.as_ref())),
        json(&m.canonical),
        json(&name()),
        json(&site.home_url()),
        json(&t!(HomeDescription)),
    );
    let head = Head {
        title: lesson_title(lesson),
        description: m.summary.to_string(),
        path: path.clone(),
        oembed: Some((site.page_url(site.lang, &oembed_file(lesson)), format!("{}. {}", m.number, m.title))),
        json_ld,
        // Written by `scripts/og-images.mjs` after the build: the lesson's simulation, broken,
        // in this language.
        image: site.page_url(site.lang, &format!("og/{}.png", m.slug)),
        image_alt: t!(LessonImageAlt, number = m.number, title = m.title.as_ref()),
    };
    // The lesson's data for the app, outside the page's content.
    let data = format!(r#"<script type="text/plain" id="{}">{data}</script>"#, crate::DATA_ID);
    fill(template, site, &head, &format!("{}\n{data}", chrome(site, &path, None, &main)))
}

/// Where a lesson's oEmbed answer is, under its language's folder: `oembed/config.json`.
pub fn oembed_file(lesson: &Lesson) -> String {
    format!("oembed/{}.json", lesson.meta.slug)
}

/// A lesson's oEmbed answer (type "rich", oEmbed 1.0): its embed in a frame `height` px tall
/// at `width` (the embed's measured height; `embed.js` corrects it at other widths), in the
/// page's language, which a blog engine finds from the lesson page's discovery link.
pub fn oembed(site: Site, lesson: &Lesson, width: u32, height: u32) -> String {
    let m = &lesson.meta;
    let embed = site.page_url(site.lang, &Route::Embed(&m.slug).rel());
    let html = crate::text::embed_snippet(&embed, site.url, height, &t!(ShareEmbedTitle, number = m.number, title = m.title.as_ref()));
    format!(
        "{{\n  \"version\": \"1.0\",\n  \"type\": \"rich\",\n  \"provider_name\": {},\n  \"provider_url\": {},\n  \"title\": {},\n  \"html\": {},\n  \"width\": {width},\n  \"height\": {height}\n}}\n",
        json(&name()),
        json(&site.home_url()),
        json(&t!(OembedTitle, number = m.number, title = m.title.as_ref())),
        json(&html),
    )
}

/// The home page: a card for every lesson, and the introduction, with the learner's progress as
/// islands.
pub fn home_page(template: &str, site: Site, all: &[Lesson]) -> Result<String, String> {
    let b = site.home();
    let lessons: Vec<&Lesson> = all.iter().filter(|l| l.meta.number > 0).collect();
    let total = lessons.len();
    let missions = t!(HomeMissionsMore, count = tfp_engine::mission::MISSIONS.len());
    let cards = lessons
        .iter()
        .map(|l| {
            format!(
                r#"<li class="card" data-factor="{slug}"><a href="{b}{path}"><span class="card-number">{n}</span><span class="card-title">{title}</span></a><p class="card-summary">{summary}</p><p class="card-meta"><span>{min}</span><span class="card-state">{state}</span></p></li>"#,
                slug = l.meta.slug,
                path = lesson_path(l),
                n = l.meta.number,
                title = esc(&l.meta.title),
                summary = esc(&l.meta.summary),
                min = esc(&t!(CardMinutes, minutes = l.meta.minutes)),
                state = esc(&t!(CardNotStarted)),
            )
        })
        .collect::<String>();
    let intro = all
        .iter()
        .find(|l| l.meta.number == 0)
        .map(|l| l.blocks.iter().filter_map(|b| if let Block::Prose { html } = b { Some(html.as_ref()) } else { None }).collect::<String>())
        .unwrap_or_default();
    let main = format!(
        r#"<section class="hero"><h1>{name}</h1><p class="lede">{lede}</p><div class="island" data-island="progress"><p class="progress-summary" aria-live="polite">{progress}</p><progress max="{total}" value="0" aria-label="{progress_label}"></progress></div></section>
<h2 class="visually-hidden">{lessons_heading}</h2>
<div class="island" data-island="cards"><ol class="cards">{cards}</ol></div>
<p class="sandbox-link"><a href="{b}sandbox/">{sandbox}</a> {sandbox_more}</p>
<p class="sandbox-link"><a href="{b}missions/">{missions_link}</a> {missions}</p>
<p class="sandbox-link"><a href="{b}drills/">{drills}</a> {drills_more}</p>
<p class="workshop-links">{workshop}</p>
<section class="intro prose" aria-label="{intro_label}">{intro}</section>"#,
        name = esc(&name()),
        lede = esc(&t!(HomeLede)),
        progress = esc(&t!(HomeProgress, done = 0u8, total = total)),
        progress_label = esc(&t!(HomeProgressLabel)),
        lessons_heading = esc(&t!(HomeLessonsHeading)),
        sandbox = esc(&t!(HomeSandboxLink)),
        sandbox_more = esc(&t!(HomeSandboxMore)),
        missions_link = esc(&t!(HomeMissionsLink)),
        missions = esc(&missions),
        drills = esc(&t!(HomeDrillsLink)),
        drills_more = esc(&t!(HomeDrillsMore)),
        workshop = t!(
            HomeWorkshop,
            handout = &format!(r#"<a href="{b}handout/">{}</a>"#, esc(&t!(HomeHandoutLink))),
            progress = &format!(r#"<a href="{b}progress/">{}</a>"#, esc(&t!(HomeProgressLink)))
        ),
        intro_label = esc(&t!(HomeIntroLabel)),
    );
    let parts = lessons
        .iter()
        .map(|l| {
            format!(
                r#"{{"@type":"LearningResource","name":{},"url":{}}}"#,
                json(&format!("{}. {}", l.meta.number, l.meta.title)),
                json(&site.page_url(site.lang, &lesson_path(l)))
            )
        })
        .collect::<Vec<_>>()
        .join(",");
    let json_ld = format!(
        r#"{{"@context":"https://schema.org","@type":"Course","name":{},"description":{},"url":{},"inLanguage":{},"isAccessibleForFree":true,"provider":{{"@type":"Organization","name":{},"url":{}}},"hasPart":[{parts}]}}"#,
        json(&name()),
        json(&t!(HomeDescription)),
        json(&site.home_url()),
        json(site.lang.code()),
        json(&name()),
        json(site.url)
    );
    let head = Head {
        title: t!(HomeTitle),
        description: t!(HomeDescription),
        path: String::new(),
        oembed: None,
        json_ld,
        image: format!("{}icon-512.png", site.url),
        image_alt: name(),
    };
    fill(template, site, &head, &chrome(site, "", Some(""), &main))
}

/// The page for an address the site does not have.
pub fn not_found_page(template: &str, site: Site) -> Result<String, String> {
    let b = site.home();
    let main = format!(
        r#"<div class="not-found"><h1>{}</h1><p>{}</p><p><a href="{b}">{}</a></p></div>"#,
        esc(&t!(NotFoundTitle)),
        esc(&t!(NotFoundText)),
        esc(&t!(NotFoundHome))
    );
    let head = Head {
        title: format!("{} · {}", t!(NotFoundTitle), name()),
        description: t!(HomeDescription),
        path: String::new(),
        oembed: None,
        json_ld: format!(
            r#"{{"@context":"https://schema.org","@type":"WebPage","name":{},"isPartOf":{{"@type":"WebSite","name":{},"url":{}}}}}"#,
            json(&t!(NotFoundTitle)),
            json(&name()),
            json(site.url)
        ),
        image: format!("{}icon-512.png", site.url),
        image_alt: name(),
    };
    let mut page = fill(template, site, &head, &chrome(site, "", None, &main))?;
    // The not-found page must not claim to be the home page (or have other languages' copies).
    let alternates_at = page.find(r#"<link rel="canonical""#).ok_or("no canonical link")?;
    let alternates_end = page[alternates_at..].find(r#"<link rel="alternate" hreflang="x-default""#).ok_or("no alternates")? + alternates_at;
    let x_default_end = page[alternates_end..].find('>').ok_or("unclosed alternate")? + alternates_end + 1;
    page.replace_range(alternates_at..x_default_end, r#"<meta name="robots" content="noindex">"#);
    Ok(page)
}

/// Every static page's path under the base: the home page (`""`), every lesson, and the
/// practice pages (the routes the build writes, but the not-found page), in English. The
/// sitemap and the exported catalogue both list these.
pub fn page_paths(all: &[Lesson]) -> Vec<String> {
    routes(all).into_iter().filter(|r| r.prerendered() && *r != Route::NotFound).map(Route::rel).collect()
}

/// A page's path under the base in a language (`es/factors/config`), from its English one.
pub fn in_lang(lang: Lang, rel: &str) -> String {
    match lang.prefix() {
        "" => rel.to_string(),
        p => format!("{}/{rel}", p.trim_start_matches('/')),
    }
}

/// `sitemap.xml`: every static page in every offered language, each with its alternates.
pub fn sitemap(site: Site, all: &[Lesson]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for path in page_paths(all) {
        for lang in Lang::OFFERED {
            let _ = write!(out, "  <url><loc>{}</loc>", esc(&site.page_url(lang, &path)));
            for other in Lang::OFFERED {
                let _ = write!(out, "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>", other.code(), esc(&site.page_url(other, &path)));
            }
            out.push_str("</url>\n");
        }
    }
    out.push_str("</urlset>\n");
    out
}

/// A bundle's page (one the app draws) in a language: its title and description, and for
/// another language `<html lang>`, its manifest and its messages preloaded (the build copies
/// it to that language's addresses of the bundle's pages).
pub fn bundle_page(template: &str, site: Site, bundle: Bundle) -> Result<String, String> {
    // Its title and description until the app gives the page its own title, in the language.
    let (title, description) = match bundle {
        Bundle::Embed => (t!(BundleEmbedTitle), t!(HomeDescription)),
        Bundle::Presenter => (t!(BundlePresenterTitle), t!(BundlePresenterDescription)),
        _ => (t!(BundleToolsTitle), t!(HomeDescription)),
    };
    let mut page = with_language(&titled(template, &title, &description)?, site.base)?;
    let body_at = page.find("<body>").ok_or("the template has no <body>")? + "<body>".len();
    let body_end = page.rfind("</body>").ok_or("the template has no </body>")?;
    page.replace_range(body_at..body_end, &format!("\n{}\n", shell(site, bundle)));
    if site.lang == Lang::En {
        return Ok(page);
    }
    let mut page = in_page_language(&page, site.lang)?;
    let head_end = page.find("</head>").ok_or("the template has no </head>")?;
    let mut extra = format!(r#"<link rel="preload" href="{}{}" as="fetch" crossorigin>"#, site.base, pack_file(site.lang));
    if site.lang == Lang::Pseudo {
        extra.push_str(r#"<meta name="robots" content="noindex">"#);
    }
    page.insert_str(head_end, &extra);
    Ok(page)
}

/// A template with its `<title>` and description replaced.
fn titled(template: &str, title: &str, description: &str) -> Result<String, String> {
    let title_at = template.find("<title>").ok_or("the template has no <title>")?;
    let title_end = template[title_at..].find("</title>").ok_or("the template's <title> is not closed")? + title_at + "</title>".len();
    let mut page = format!("{}<title>{}</title>{}", &template[..title_at], esc(title), &template[title_end..]);
    let desc = r#"<meta name="description" content=""#;
    let at = page.find(desc).ok_or("the template has no description")?;
    let end = page[at..].find('>').ok_or("the template's description is not closed")? + at + 1;
    page.replace_range(at..end, &format!(r#"{desc}{}">"#, esc(description)));
    Ok(page)
}

/// A template's `<html lang>` and web app manifest set to a language: its own manifest
/// (`es/manifest.webmanifest`, see [`manifest`]), so an app installed from its pages starts
/// and is described in it.
fn in_page_language(page: &str, lang: Lang) -> Result<String, String> {
    let tag = format!(r#"<html lang="{}""#, lang.code());
    let page = page.replacen(r#"<html lang="en""#, &tag, 1);
    if !page.contains(&tag) {
        return Err("the template has no <html lang=\"en\"".into());
    }
    Ok(page.replacen(r#"manifest.webmanifest""#, &format!(r#"{}manifest.webmanifest""#, in_lang(lang, "")), 1))
}

/// A language's web app manifest (`<folder>/manifest.webmanifest`), made from the one the
/// build copies (`english`, from `public/`): the site's name and description in the page's
/// language, its `lang`, and the icons' paths from its folder. It starts and is scoped at the
/// language's home.
pub fn manifest(english: &str, lang: Lang) -> Result<String, String> {
    let mut m: serde_json::Value = serde_json::from_str(english).map_err(|e| format!("manifest.webmanifest: {e}"))?;
    if !m.is_object() {
        return Err("manifest.webmanifest is not a JSON object".into());
    }
    m["lang"] = lang.code().into();
    m["name"] = name().into();
    m["description"] = t!(ManifestDescription).into();
    // English's icons are beside it; another language's manifest is one folder down.
    if lang.prefix() != "" {
        for icon in m["icons"].as_array_mut().into_iter().flatten() {
            if let Some(src) = icon["src"].as_str().filter(|s| !s.contains("://") && !s.starts_with('/')) {
                icon["src"] = format!("{}{src}", "../".repeat(lang.prefix().matches('/').count())).into();
            }
        }
    }
    let mut out = serde_json::to_string_pretty(&m).map_err(|e| e.to_string())?;
    out.push('\n');
    Ok(out)
}

/// `robots.txt`: everything may be read but, in every language, embeds, presenter copies and
/// oEmbed answers (not pages of their own), and the pseudo-locale.
pub fn robots(site: Site) -> String {
    let mut out = String::from("User-agent: *\nAllow: /\n");
    for lang in Lang::OFFERED {
        for folder in ["embed/", "present/", "oembed/"] {
            let _ = writeln!(out, "Disallow: {}{}", site.base, in_lang(lang, folder));
        }
    }
    for lang in Lang::ALL.into_iter().filter(|l| !Lang::OFFERED.contains(l)) {
        let _ = writeln!(out, "Disallow: {}{}", site.base, in_lang(lang, ""));
    }
    let _ = write!(out, "\nSitemap: {}sitemap.xml\n", site.url);
    out
}
