//! The route table (every page of the site, its path and its bundle) and a small location
//! signal: the path and query, kept in step with the browser's back/forward buttons.
//!
//! `leptos_router` would do this too, but it cost about 40 KB of the compressed first load (a
//! quarter of the budget) for a handful of flat routes; this does what the app needs in a page.

use crate::content::{self, Entry};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A page of the site: every address the app answers, in one table (parsed by [`route`],
/// printed by [`Route::path`]), with the bundle that renders it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the twelve factors.
    Home,
    /// `/factors/<slug>`.
    Lesson(&'static str),
    /// `/sandbox/`: all twelve factors at once.
    Sandbox,
    /// `/missions/`.
    Missions,
    /// `/missions/<id>/`.
    Mission(&'static str),
    /// `/drills/`.
    Drills,
    /// `/embed/<slug>/`: one lesson's simulation, for other sites.
    Embed(&'static str),
    /// `/present/<slug>/`: presenter mode.
    Present(&'static str),
    /// `/handout/`: the printable handout.
    Handout,
    /// `/progress/`: export, import and reset.
    Progress,
    /// Anything else.
    NotFound,
}

/// The separately built parts of the site (see `scripts/build.sh`), each with its own first load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// The home page, the lessons and the not-found page.
    Main,
    Sandbox,
    /// Missions and drills.
    Practice,
    Embed,
    Presenter,
    /// The handout and the progress tools.
    Tools,
}

/// Which page a path (under the base, without the query) shows.
pub fn route(path: &str) -> Route {
    let path = path.strip_suffix("index.html").unwrap_or(path);
    let path = path.strip_suffix('/').filter(|p| !p.is_empty()).unwrap_or(path);
    let lesson = |slug: &str| content::entry(slug).map(|Entry { meta, .. }| meta.slug.as_ref());
    match path {
        "" | "/" => Route::Home,
        "/sandbox" => Route::Sandbox,
        "/missions" => Route::Missions,
        "/drills" => Route::Drills,
        "/handout" => Route::Handout,
        "/progress" => Route::Progress,
        _ => {
            let (section, rest) = path.trim_start_matches('/').split_once('/').unwrap_or((path, ""));
            // One path segment after the section.
            let one = Some(rest).filter(|r| !r.is_empty() && !r.contains('/'));
            let found = match section {
                "factors" => one.and_then(lesson).map(Route::Lesson),
                "embed" => one.and_then(lesson).map(Route::Embed),
                "present" => one.and_then(lesson).map(Route::Present),
                "missions" => one.and_then(engine::mission::Mission::by_id).map(|m| Route::Mission(m.id)),
                _ => None,
            };
            found.unwrap_or(Route::NotFound)
        }
    }
}

impl Route {
    /// The page's path under the base, as links write it.
    pub fn path(self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Lesson(slug) => format!("/factors/{slug}"),
            Route::Sandbox => "/sandbox/".into(),
            Route::Missions => "/missions/".into(),
            Route::Mission(id) => format!("/missions/{id}/"),
            Route::Drills => "/drills/".into(),
            Route::Embed(slug) => format!("/embed/{slug}/"),
            Route::Present(slug) => format!("/present/{slug}/"),
            Route::Handout => "/handout/".into(),
            Route::Progress => "/progress/".into(),
            Route::NotFound => "/404.html".into(),
        }
    }

    /// The bundle that renders it.
    pub fn bundle(self) -> Bundle {
        match self {
            Route::Home | Route::Lesson(_) | Route::NotFound => Bundle::Main,
            Route::Sandbox => Bundle::Sandbox,
            Route::Missions | Route::Mission(_) | Route::Drills => Bundle::Practice,
            Route::Embed(_) => Bundle::Embed,
            Route::Present(_) => Bundle::Presenter,
            Route::Handout | Route::Progress => Bundle::Tools,
        }
    }

    /// The site navigation's item this page belongs to, if any.
    pub fn nav(self) -> Option<Route> {
        match self {
            Route::Home | Route::Lesson(_) => Some(Route::Home),
            Route::Sandbox => Some(Route::Sandbox),
            Route::Missions | Route::Mission(_) => Some(Route::Missions),
            Route::Drills => Some(Route::Drills),
            _ => None,
        }
    }
}

/// No bundle renders another page in place: every link to another page loads it (each page
/// is its own file, and the home page and lessons are static HTML).
pub fn own_nothing(_path: &str) -> bool {
    false
}

/// Where the app is: the path under the base, and the query string (with its `?`).
#[derive(Clone, Copy)]
pub struct Location {
    /// The path under the base, e.g. `/factors/config`.
    pub path: RwSignal<String>,
    /// The query string, e.g. `?seed=3`, or empty.
    pub query: RwSignal<String>,
}

fn current() -> (String, String) {
    let loc = window().location();
    let path = loc.pathname().unwrap_or_default();
    let base = crate::BASE.get().map_or("", String::as_str);
    let path = path.strip_prefix(base).unwrap_or(&path);
    let path = if path.is_empty() { "/".to_string() } else { path.to_string() };
    (path, loc.search().unwrap_or_default())
}

impl Location {
    /// Start tracking the browser's location: app links and back/forward.
    pub fn start(owns: fn(&str) -> bool) -> Location {
        let (path, query) = current();
        let here = Location { path: RwSignal::new(path), query: RwSignal::new(query) };
        let on_pop = Closure::<dyn FnMut()>::new(move || {
            let (path, query) = current();
            here.path.set(path);
            here.query.set(query);
        });
        let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
        on_pop.forget(); // lives as long as the page
        let on_click = Closure::<dyn FnMut(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| here.intercept(ev, owns));
        let _ = document().add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        on_click.forget();
        here
    }

    /// Go to an app path (with optional query and hash), adding a history entry.
    pub fn navigate(&self, to: &str) {
        let full = crate::url(to);
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&full));
        }
        let (path, query) = current();
        self.path.set(path);
        self.query.set(query);
        // After the new page has rendered: move focus to it (so keyboard and screen reader
        // users start at the new content) and scroll to the hash or the top.
        request_animation_frame(|| {
            let hash = window().location().hash().unwrap_or_default();
            if let Some(main) = document().get_element_by_id("main").and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = main.focus();
            }
            match document().get_element_by_id(hash.trim_start_matches('#')).filter(|_| !hash.is_empty()) {
                Some(el) => el.scroll_into_view(),
                None => window().scroll_to_with_x_and_y(0.0, 0.0),
            }
        });
    }

    /// Handle a click on a link to the app itself; leave everything else to the browser.
    fn intercept(&self, ev: web_sys::MouseEvent, owns: fn(&str) -> bool) {
        if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.ctrl_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        let Some(a) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.closest("a[href]").ok().flatten()) else { return };
        let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() else { return };
        if !a.target().is_empty() || a.has_attribute("download") || a.get_attribute("rel").is_some_and(|r| r.contains("external")) {
            return;
        }
        let loc = window().location();
        if a.origin() != loc.origin().unwrap_or_default() {
            return;
        }
        let base = crate::BASE.get().map_or("", String::as_str);
        let path = a.pathname();
        let Some(under) = path.strip_prefix(base).filter(|p| p.is_empty() || p.starts_with('/')) else { return };
        if !owns(if under.is_empty() { "/" } else { under }) {
            return; // another bundle's page: let the browser load it
        }
        // A link to a place on this page: let the browser scroll.
        if path == loc.pathname().unwrap_or_default() && !a.hash().is_empty() && a.search() == loc.search().unwrap_or_default() {
            return;
        }
        ev.prevent_default();
        self.navigate(&format!("{}{}{}", if under.is_empty() { "/" } else { under }, a.search(), a.hash()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_pages() {
        assert_eq!(route("/"), Route::Home);
        assert_eq!(route(""), Route::Home);
        assert_eq!(route("/index.html"), Route::Home);
        assert_eq!(route("/factors/config"), Route::Lesson("config"));
        assert_eq!(route("/factors/config/"), Route::Lesson("config"));
        assert_eq!(route("/factors/introduction"), Route::NotFound);
        assert_eq!(route("/factors/config/extra"), Route::NotFound);
        assert_eq!(route("/factors/"), Route::NotFound);
        assert_eq!(route("/nope"), Route::NotFound);
        assert_eq!(route("/sandbox"), Route::Sandbox);
        assert_eq!(route("/sandbox/"), Route::Sandbox);
        assert_eq!(route("/sandbox/x"), Route::NotFound);
        assert_eq!(route("/factors/%3Cscript%3E"), Route::NotFound);
        assert_eq!(route("/missions/friday-deploy/"), Route::Mission("friday-deploy"));
        assert_eq!(route("/missions/nope/"), Route::NotFound);
        assert_eq!(route("/drills/index.html"), Route::Drills);
        assert_eq!(route("/embed/logs/"), Route::Embed("logs"));
        assert_eq!(route("/present/config/x/"), Route::NotFound);
        assert_eq!(route("/progress/index.html"), Route::Progress);
        assert_eq!(route("/handout"), Route::Handout);
    }

    #[test]
    fn every_page_prints_a_path_that_parses_back_to_it() {
        let mut all = vec![Route::Home, Route::Sandbox, Route::Missions, Route::Drills, Route::Handout, Route::Progress];
        for e in content::factor_entries() {
            all.extend([Route::Lesson(&e.meta.slug), Route::Embed(&e.meta.slug), Route::Present(&e.meta.slug)]);
        }
        all.extend(engine::mission::MISSIONS.iter().map(|m| Route::Mission(m.id)));
        for r in all {
            assert_eq!(route(&r.path()), r, "{}", r.path());
            assert_eq!(r.bundle() == Bundle::Main, matches!(r, Route::Home | Route::Lesson(_)), "{r:?}");
        }
        assert_eq!(Route::Mission("friday-deploy").nav(), Some(Route::Missions));
    }
}
