//! The route table (every page of the site, its path and its bundle) and a small location
//! signal: the path and query, kept in step with the browser's back/forward buttons.
//!
//! `leptos_router` would do this too, but it cost about 40 KB of the compressed first load (a
//! quarter of the budget) for a handful of flat routes; this does what the app needs in a page.

use crate::content::{self, Entry};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A page of the site: every address the app answers, in one table shared with the build
/// (`lessons::route`: paths, files, bundles), here with the app's lessons and missions.
pub type Route = lessons::route::Route<'static>;
pub use lessons::route::Bundle;

/// Which page a path (under the base, without the query) shows: the shared table's parse,
/// with this build's lessons and missions.
pub fn route(path: &str) -> Route {
    lessons::route::parse(
        path,
        |slug| content::entry(slug).map(|Entry { meta, .. }| meta.slug.as_ref()),
        |id| engine::mission::Mission::by_id(id).map(|m| m.id),
    )
}

/// A page's address as a link: its path under the base the app is served from.
pub trait Href {
    fn href(self) -> String;
}

impl Href for Route {
    fn href(self) -> String {
        crate::url(&self.path())
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
    fn every_page_of_this_build_prints_a_path_that_parses_back_to_it() {
        let slugs: Vec<&'static str> = content::lessons().iter().map(|e| e.meta.slug.as_ref()).collect();
        let missions: Vec<&'static str> = engine::mission::MISSIONS.iter().map(|m| m.id).collect();
        for r in lessons::route::all(&slugs, &missions).into_iter().filter(|r| *r != Route::NotFound) {
            assert_eq!(route(&r.path()), r, "{}", r.path());
            assert_eq!(r.bundle() == Bundle::Main, matches!(r, Route::Home | Route::Lesson(_)), "{r:?}");
        }
        assert_eq!(Route::Mission("friday-deploy").nav(), Some(Route::Missions));
    }
}
