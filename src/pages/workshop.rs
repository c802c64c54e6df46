//! The tools bundle (the session builder, the speaker view, the printable handout and
//! progress export/import/reset) and the
//! presenter bundle's page, chosen by the route table (`crate::router`). Kept apart from the lessons so every first load stays small.

use crate::pages::{builder::Builder, handout::Handout, not_found::NotFound, present::Present, progress_page::ProgressPage, speaker::Speaker};
use crate::router::{route, Location, Route};
use leptos::prelude::*;

/// The tools bundle's page: the handout or the progress tools.
#[component]
pub fn Tools() -> impl IntoView {
    let here = expect_context::<Location>();
    match route(here.path) {
        Route::Workshop => view! { <Builder /> }.into_any(),
        Route::Speaker(slug) => view! { <Speaker slug=slug.to_string() /> }.into_any(),
        Route::Handout => view! { <Handout /> }.into_any(),
        Route::Progress => view! { <ProgressPage /> }.into_any(),
        _ => view! { <NotFound /> }.into_any(),
    }
}

/// The presenter bundle's page.
#[component]
pub fn Presenter() -> impl IntoView {
    let here = expect_context::<Location>();
    match route(here.path) {
        Route::Present(slug) => view! { <Present slug=slug.to_string() /> }.into_any(),
        _ => view! { <NotFound /> }.into_any(),
    }
}
