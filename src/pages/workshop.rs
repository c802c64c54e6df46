//! The tools bundle (the printable handout and progress export/import/reset) and the router
//! of the presenter bundle. Kept apart from the lessons so every first load stays small.

use crate::pages::{handout::Handout, not_found::NotFound, present::Present, progress_page::ProgressPage};
use crate::router::Location;
use leptos::prelude::*;

/// Which workshop page a path shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Present(String),
    Handout,
    Progress,
    Unknown,
}

/// Map a path (under the base) to a workshop page.
pub fn page(path: &str) -> Page {
    let path = path.trim_end_matches("index.html").trim_end_matches('/');
    match path {
        "/handout" => Page::Handout,
        "/progress" => Page::Progress,
        _ => match path.strip_prefix("/present/") {
            Some(slug) if !slug.contains('/') => Page::Present(slug.to_string()),
            _ => Page::Unknown,
        },
    }
}

/// The tools bundle's page: the handout or the progress tools.
#[component]
pub fn Tools() -> impl IntoView {
    let here = expect_context::<Location>();
    match page(&here.path.get_untracked()) {
        Page::Handout => view! { <Handout /> }.into_any(),
        Page::Progress => view! { <ProgressPage /> }.into_any(),
        _ => view! { <NotFound /> }.into_any(),
    }
}

/// The presenter bundle's page.
#[component]
pub fn Presenter() -> impl IntoView {
    let here = expect_context::<Location>();
    match page(&here.path.get_untracked()) {
        Page::Present(slug) => view! { <Present slug=slug /> }.into_any(),
        _ => view! { <NotFound /> }.into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_workshop_pages() {
        assert_eq!(page("/handout/"), Page::Handout);
        assert_eq!(page("/progress/index.html"), Page::Progress);
        assert_eq!(page("/present/config/"), Page::Present("config".into()));
        assert_eq!(page("/present/config/x/"), Page::Unknown);
        assert_eq!(page("/workshop/"), Page::Unknown);
    }
}
