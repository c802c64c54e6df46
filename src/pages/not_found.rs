//! Anything the router does not know.

use leptos::prelude::*;

/// A clear message and a way home.
#[component]
pub fn NotFound() -> impl IntoView {
    crate::pages::lesson::set_title("Page not found · Twelve-Factor Playground");
    view! {
        <div class="not-found">
            <h1>"Page not found"</h1>
            <p>"There is no page at this address. It may be mistyped, or a lesson may have moved."</p>
            <p><a href=crate::url("/")>"Go to the twelve factors"</a></p>
        </div>
    }
}
