//! # Twelve-Factor Playground
//!
//! The browser app: routes, pages and components. The simulation itself is the pure
//! `engine` crate; the lessons are typed data generated from `content/` at build time.
//! `main.rs` only calls [`start`].

pub mod a11y;
pub mod blocks;
pub mod content;
pub mod crash;
pub mod pages;
pub mod progress;
pub mod router;
pub mod share;
pub mod sim;

use i18n::t;
use leptos::prelude::*;

use progress::ProgressStore;
use router::{Href, Location, Route};

/// Whether instructors' notes are shown. Kept for the session in `sessionStorage`.
#[derive(Clone, Copy)]
pub struct FacilitatorMode(pub RwSignal<bool>);

const FACILITATOR_KEY: &str = "twelve-factor-playground.facilitator";

static BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// An app page's path (`/factors/config`) as a link, or a file made per language (a
/// handout drawing, `/og/…`): under the path the app is served from, in the page's language
/// (`/es/factors/config`).
pub fn url(path: &str) -> String {
    format!("{}{}{path}", BASE.get().map_or("", String::as_str), i18n::lang().prefix())
}

/// A file's path (`/lessons/…`) under the path the app is served from, for files that are
/// the same in every language.
pub fn asset(path: &str) -> String {
    format!("{}{path}", BASE.get().map_or("", String::as_str))
}

/// The path the app is served under (`""` at the root, `"/repo"` under a sub-path), read
/// from the `<base href>` that the build writes into `index.html`.
pub fn base_path() -> String {
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    let path = base.split_once("://").map(|(_, rest)| rest.find('/').map_or("/", |i| &rest[i..])).unwrap_or("/");
    path.trim_end_matches('/').to_string()
}

/// Use the page's language, then `start`. The page's script has settled it before the app
/// starts (`lessons::site::language_loader`): `<html lang>`, and for any language but English
/// its messages in `window.tfpPack`. English is built in; if the messages are missing or from
/// another version, the console says so and the app starts in English rather than not at all.
fn in_language(start: impl FnOnce() + 'static) {
    let code = document().document_element().and_then(|r| r.get_attribute("lang")).unwrap_or_default();
    if let Some(lang) = i18n::Lang::ALL.into_iter().find(|l| l.code() == code && *l != i18n::Lang::En) {
        let pack = js_sys::Reflect::get(&window(), &"tfpPack".into()).ok().and_then(|p| p.as_string()).unwrap_or_default();
        if let Err(e) = i18n::install(lang, Box::leak(pack.into_boxed_str())).and_then(content::translate) {
            web_sys::console::warn_1(&format!("{}: {e}; the app's own words stay in English", lang.code()).into());
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", "en");
            }
        }
    }
    start();
}

/// Provide what every page's components share: saved progress, the facilitator switch and
/// the location.
fn provide_contexts() -> Location {
    provide_context(ProgressStore::load());
    let session = window().session_storage().ok().flatten();
    let facilitator = RwSignal::new(session.as_ref().and_then(|s| s.get_item(FACILITATOR_KEY).ok().flatten()).as_deref() == Some("1"));
    provide_context(FacilitatorMode(facilitator));
    let here = Location::here();
    provide_context(here);
    here
}

/// The header's switch for instructors' notes.
#[component]
pub fn FacilitatorToggle() -> impl IntoView {
    let facilitator = expect_context::<FacilitatorMode>().0;
    let toggle = move |_| {
        facilitator.update(|f| *f = !*f);
        if let Some(s) = window().session_storage().ok().flatten() {
            let _ = s.set_item(FACILITATOR_KEY, if facilitator.get_untracked() { "1" } else { "0" });
        }
    };
    view! {
        <button type="button" class="facilitator-toggle" aria-pressed=move || facilitator.get().to_string() on:click=toggle>
            {move || if facilitator.get() { t!(FacilitatorHide) } else { t!(FacilitatorShow) }}
        </button>
    }
}

/// What the progress store has to tell the learner (e.g. that saved progress was unreadable).
#[component]
pub fn StoreNotice() -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    move || {
        store.notice.get().map(|n| {
            view! {
                <div class="notice" role="status">
                    <p>{n}</p>
                    <button type="button" on:click=move |_| store.notice.set(None)>{t!(NoticeDismiss)}</button>
                </div>
            }
        })
    }
}

/// The parts every full page shares: contexts, the site header, notices and footer. (The
/// home page and lessons have these in their static HTML; see `crates/lessons/src/site/mod.rs`.)
#[component]
pub fn Chrome(children: ChildrenFn) -> impl IntoView {
    let here = provide_contexts();
    let current = move |r: Route| (router::route(here.path).nav() == Some(r)).then_some("page");
    view! {
        <div class="app">
            <a class="skip-link" href="#main" on:click=skip_to_main>{t!(SiteSkip)}</a>
            <header class="site-header">
                <a href=url("/") class="brand">
                    <span class="brand-mark" aria-hidden="true">"12"</span>
                    <span class="brand-name">{t!(SiteName)}</span>
                </a>
                <nav class="site-nav" aria-label=t!(SiteNavLabel)>
                    <a href=Route::Home.href() aria-current=move || current(Route::Home)>{t!(NavFactors)}</a>
                    <a href=Route::Sandbox.href() aria-current=move || current(Route::Sandbox)>{t!(NavSandbox)}</a>
                    <a href=Route::Missions.href() aria-current=move || current(Route::Missions)>{t!(NavMissions)}</a>
                    <a href=Route::Drills.href() aria-current=move || current(Route::Drills)>{t!(NavDrills)}</a>
                    <FacilitatorToggle />
                </nav>
                <LanguageSwitch />
            </header>
            <StoreNotice />
            <main id="main" tabindex="-1">{children()}</main>
            <footer class="site-footer">
                <p inner_html=t!(FooterAbout, link = r#"<a href="https://12factor.net/">12factor.net</a>"#)></p>
                <p inner_html=t!(FooterTeach, link = &format!(r#"<a href="{}">{}</a>"#, Route::Workshop.href(), lessons::text::esc(&t!(FooterWorkshopLink))))></p>
            </footer>
        </div>
    }
}

/// Links to this page in the other offered languages, with its query (a session plan, a
/// shared run), as the static pages' switcher writes them.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let here = expect_context::<Location>();
    let now = i18n::lang();
    let base = BASE.get().map_or("", String::as_str);
    let links = i18n::Lang::OFFERED
        .into_iter()
        .filter(|l| *l != now)
        .map(|l| {
            let href = format!("{base}{}{}{}", l.prefix(), here.path, here.query);
            view! { <a href=href hreflang=l.code() lang=l.code() data-lang=l.code()>{l.name()}</a> }
        })
        .collect_view();
    view! { <div class="language-switch" role="group" aria-label=t!(LanguageLabel)>{links}</div> }
}

/// The skip link moves focus itself: with a `<base href>`, a bare `#main` would resolve
/// against the base and navigate away.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = document().get_element_by_id("main") {
        use wasm_bindgen::JsCast;
        let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Mount a bundle's root in place of the static loading shell. `subdir` is the bundle's own
/// folder under the site (`""`, `"/sandbox"`, `"/embed"`): the site's base path is the page's
/// `<base href>` without it.
pub fn mount<F, N>(subdir: &str, root: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    crash::install();
    set_base(subdir);
    in_language(move || {
        let shell = document().get_element_by_id("shell");
        leptos::mount::mount_to_body(root);
        if let Some(shell) = shell {
            shell.remove();
        }
        mark_live();
    });
}

/// Say on `<html data-app="live">` that the app is running (tests and tools wait for it).
pub fn mark_live() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-app", "live");
    }
}

/// Learn the site's base path from the page (see [`base_path`]).
fn set_base(subdir: &str) {
    let base = format!("{}/", base_path());
    // The embed's pages sit one folder deeper (`/embed/<slug>/`), each a copy of one page.
    let base = match base.find(&format!("{subdir}/")).filter(|_| !subdir.is_empty()) {
        Some(i) => base[..i].to_string(),
        None => base.trim_end_matches('/').to_string(),
    };
    let _ = BASE.set(base);
}

/// Start a bundle whose pages are static HTML (written at build time): make their
/// interactive parts live where they stand. `subdir` is the bundle's folder (see [`mount`]).
fn start_islands(subdir: &str, page: fn() -> pages::islands::Islands) {
    crash::install();
    set_base(subdir);
    // In a task of its own, after the one that compiled and started the wasm.
    in_language(move || {
        gloo::timers::callback::Timeout::new(0, move || pages::islands::hydrate(page)).forget();
    });
}

/// Start the main bundle: the home page, the lessons and the not-found page.
pub fn start() {
    start_islands("", pages::islands::main_pages);
}

/// Start the sandbox bundle.
pub fn start_sandbox() {
    start_islands("/sandbox", pages::sandbox::islands);
}

/// Start the missions and drills bundle (`/missions/…` and `/drills/`).
pub fn start_practice() {
    start_islands("/practice", pages::missions::islands);
}

/// Start the embed bundle (`/embed/<slug>/`).
pub fn start_embed() {
    mount("/embed", || {
        provide_context(router::Location::here());
        view! { <pages::embed::Embed /> }
    });
}

/// Start the tools bundle (the handout and the progress tools).
pub fn start_tools() {
    mount("/tools", || view! { <Chrome><pages::workshop::Tools /></Chrome> });
}

/// Start the presenter bundle (`/present/<slug>/`). Full screen, so without the site's header
/// and footer (its own bar leads back to the lesson).
pub fn start_present() {
    mount("/presenter", || {
        provide_contexts();
        view! { <StoreNotice /><main id="main" tabindex="-1"><pages::workshop::Presenter /></main> }
    });
}
