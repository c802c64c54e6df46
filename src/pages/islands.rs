//! Islands: the home page, the lessons and the not-found page arrive as complete static HTML
//! (see `crates/lessons/src/site.rs`), readable before and without the wasm. Each element
//! marked `data-island` is a part that needs the app; this replaces each one, in the same
//! frame, with the component that renders the same markup, so nothing else is rendered
//! again and nothing on the page moves.

use crate::blocks::{block_view, LessonCtx};
use crate::content;
use crate::pages::home::{Cards, HomeProgress};
use crate::pages::lesson::{restore_shared, CompleteToggle, Notices, DEFAULT_SEED};
use crate::sim::Sim;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Make every island on the page live. Links between pages load the next page (each is
/// its own static file), so the location is only read here.
pub fn hydrate() {
    let owner = Owner::new();
    owner.with(|| {
        crate::provide_contexts(|_| false);
        let lesson = document().query_selector("article[data-lesson]").ok().flatten().and_then(|a| a.get_attribute("data-lesson"));
        let ctx = match lesson.as_deref().map(lesson_ctx) {
            Some(Ok(ctx)) => Some(ctx),
            Some(Err(why)) => {
                show_failure(&why);
                None
            }
            None => None,
        };
        let Ok(islands) = document().query_selector_all("[data-island]") else { return };
        for i in 0..islands.length() {
            let Some(el) = islands.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
            match (el.get_attribute("data-island").as_deref(), ctx) {
                (Some("facilitator"), _) => mount(&el, crate::FacilitatorToggle),
                (Some("notice"), _) => mount(&el, crate::StoreNotice),
                (Some("progress"), _) => mount(&el, HomeProgress),
                (Some("cards"), _) => mount(&el, Cards),
                (Some("notices"), Some(ctx)) => {
                    let notices = restore_shared(ctx.sim, false);
                    mount(&el, move || view! { <Notices notices=notices /> })
                }
                (Some("complete"), Some(ctx)) => mount(&el, move || view! { <CompleteToggle slug=ctx.slug /> }),
                (Some("block"), Some(ctx)) => {
                    let index = el.get_attribute("data-block").and_then(|b| b.parse::<usize>().ok());
                    if let Some(view) = index.filter(|i| *i < ctx.lesson.blocks.len()).and_then(|i| block_view(ctx, i)) {
                        mount(&el, move || view);
                    }
                }
                _ => {}
            }
        }
    });
    // The page lives as long as the tab: its reactive owner is never dropped.
    std::mem::forget(owner);
    crate::mark_live();
}

/// The lesson this page shows, from the data the page carries, and its simulation.
fn lesson_ctx(slug: &str) -> Result<LessonCtx, String> {
    let entry = content::entry(slug).ok_or_else(|| format!("this version of the app has no lesson {slug:?}; reload the page"))?;
    let data = document().get_element_by_id(lessons::DATA_ID).and_then(|d| d.text_content()).ok_or("the page carries no lesson data")?;
    let lesson = content::install(entry, &data)?;
    let scenario = entry.meta.scenario.as_deref().and_then(engine::Scenario::by_id).ok_or("the lesson has no simulation")?;
    Ok(LessonCtx { lesson, slug: &entry.meta.slug, sim: Sim::lesson(scenario, false, DEFAULT_SEED) })
}

/// Say where the simulation would be that it could not start; the page stays readable.
fn show_failure(why: &str) {
    if let Ok(Some(note)) = document().query_selector(".sim-static-note") {
        note.set_text_content(Some(&format!("The simulation could not start: {why}.")));
        let _ = note.set_attribute("role", "alert");
    }
}

/// Replace an island's static markup with its component, in the same task (so no frame is
/// painted between). The island's owner is a child of the page's, so it sees its contexts.
fn mount<N: IntoView + 'static>(el: &web_sys::HtmlElement, view: impl FnOnce() -> N + 'static) {
    el.set_inner_html("");
    // Kept for the life of the page, as the page's owner is.
    std::mem::forget(leptos::mount::mount_to(el.clone(), view));
}
