//! Anything the router does not know.

use i18n::t;
use leptos::prelude::*;

/// A clear message and a way home.
#[component]
pub fn NotFound() -> impl IntoView {
    crate::pages::kit::set_title(&t!(NotFoundPageTitle));
    // `missing` takes the page's words for its life; this page is rendered once.
    crate::pages::kit::missing(t!(NotFoundTitle), t!(NotFoundText))
}
