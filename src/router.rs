//! The route table (every page of the site, its path and its bundle) and the page's location
//! (its path and query).
//!
//! `leptos_router` would do this too, but it cost about 40 KB of the compressed first load (a
//! quarter of the budget) for a handful of flat routes; this does what the app needs in a page.

use crate::content;
use leptos::prelude::*;

/// A page of the site: every address the app answers, in one table shared with the build
/// (`lessons::route`: paths, files, bundles), here with the app's lessons and missions.
pub type Route = lessons::route::Route<'static>;
pub use lessons::route::Bundle;

/// Which page a path (under the base, without the query) shows: the shared table's parse,
/// with this build's lessons and missions.
pub fn route(path: &str) -> Route {
    lessons::route::parse(path, content::slug, |id| engine::mission::Mission::by_id(id).map(|m| m.id))
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

/// Where the app is: the path under the base and the query string, read once at start. Every
/// page is its own file (the home page and lessons are static HTML, each other bundle has its
/// own page), so every link loads a page and neither changes while the app runs.
#[derive(Clone, Copy)]
pub struct Location {
    /// The path under the base, e.g. `/factors/config`.
    pub path: &'static str,
    /// The query string, e.g. `?seed=3`, or empty.
    pub query: &'static str,
}

impl Location {
    /// The page's location (kept for the page's life).
    pub fn here() -> Location {
        let loc = window().location();
        let path = loc.pathname().unwrap_or_default();
        let base = crate::BASE.get().map_or("", String::as_str);
        let path = path.strip_prefix(base).unwrap_or(&path);
        // The page's route, whatever its language's folder.
        let (_, path) = i18n::Lang::split(path);
        let path = if path.is_empty() { "/" } else { path };
        let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
        Location { path: leak(path), query: leak(&loc.search().unwrap_or_default()) }
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
