//! Anything the router does not know.

use leptos::prelude::*;

/// A clear message and a way home.
#[component]
pub fn NotFound() -> impl IntoView {
    crate::pages::kit::set_title("Page not found · Twelve-Factor Playground");
    crate::pages::kit::missing("Page not found", "There is no page at this address. It may be mistyped, or a lesson may have moved.")
}
