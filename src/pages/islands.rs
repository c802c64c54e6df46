//! Islands: every page but the tools, the embeds and presenter mode arrives as complete
//! static HTML (see `crates/lessons/src/site/`), readable before and without the wasm. Each element
//! marked `data-island` is a part that needs the app; this replaces each one, in the same
//! frame, with the component that renders the same markup, so nothing else is rendered
//! again and nothing on the page moves.

use crate::blocks::{block_view, LessonCtx};
use crate::content;
use crate::pages::home::{Cards, HomeProgress};
use crate::pages::kit::{restore_shared, CompleteToggle, Notices};
use crate::sim::Sim;
use crate::sim::DEFAULT_SEED;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// What a page makes of its own islands: given an island's kind (`data-island`) and its
/// element, mount the component that renders it. Built once per page, inside the page's
/// reactive owner (so it may read the contexts every page has).
pub type Islands = Box<dyn Fn(&str, &web_sys::HtmlElement)>;

/// Make every island on the page live, one island per task (so no single task keeps the page
/// from answering input for long), in document order. The islands every page has (the
/// facilitator switch, the store's notice) are mounted here; `page` makes the page's own.
/// Links between pages load the next page (each is its own static file), so the location is
/// only read here.
pub fn hydrate(page: impl FnOnce() -> Islands + 'static) {
    let owner = Owner::new();
    // The page lives as long as the tab: its reactive owner is never dropped.
    std::mem::forget(owner.clone());
    let page = owner.with(|| {
        crate::provide_contexts();
        page()
    });
    let islands = document().query_selector_all("[data-island]").ok();
    let islands: Vec<web_sys::HtmlElement> = islands.map_or_else(Vec::new, |list| (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect());
    gloo::timers::callback::Timeout::new(0, move || mount_from(owner, Rc::new(page), Rc::new(islands), 0)).forget();
}

/// Mount island `i`, then the rest in later tasks; say the app is live after the last.
fn mount_from(owner: Owner, page: Rc<Islands>, islands: Rc<Vec<web_sys::HtmlElement>>, i: usize) {
    let Some(el) = islands.get(i) else {
        crate::mark_live();
        return;
    };
    owner.with(|| match el.get_attribute("data-island").as_deref() {
        Some("facilitator") => mount(el, crate::FacilitatorToggle),
        Some("notice") => mount(el, crate::StoreNotice),
        Some(kind) => page(kind, el),
        None => {}
    });
    gloo::timers::callback::Timeout::new(0, move || mount_from(owner, page, islands, i + 1)).forget();
}

/// The islands of the home page, a lesson and the not-found page.
pub fn main_pages() -> Islands {
    let lesson = document().query_selector("article[data-lesson]").ok().flatten().and_then(|a| a.get_attribute("data-lesson"));
    let ctx = match lesson.as_deref().map(lesson_ctx) {
        Some(Ok(ctx)) => Some(ctx),
        Some(Err(why)) => {
            show_failure(&why);
            None
        }
        None => None,
    };
    Box::new(move |kind, el| main_island(kind, el, ctx))
}

/// Make one island of the home page or a lesson live.
fn main_island(kind: &str, el: &web_sys::HtmlElement, ctx: Option<LessonCtx>) {
    match (kind, ctx) {
        ("progress", _) => mount(el, HomeProgress),
        ("cards", _) => mount(el, Cards),
        ("notices", Some(LessonCtx { sim: Some(sim), .. })) => {
            let notices = restore_shared(sim, false);
            mount(el, move || view! { <Notices notices=notices /> })
        }
        ("complete", Some(ctx)) => mount(el, move || view! { <CompleteToggle slug=ctx.slug /> }),
        ("block", Some(ctx)) => {
            let Some(index) = el.get_attribute("data-block").and_then(|b| b.parse::<usize>().ok()).filter(|i| *i < ctx.lesson.blocks.len()) else { return };
            // The simulation is the page's heaviest part: it starts when the reader comes near
            // it (or at once, when the address carries a run to show).
            let shared = !expect_context::<crate::router::Location>().query.is_empty();
            if matches!(ctx.lesson.blocks[index], lessons::Block::Sim { .. }) && !shared {
                let owner = Owner::current().expect("islands mount inside the page's owner");
                let target = el.clone();
                when_near(el, move || owner.with(|| mount_block(&target, ctx, index)));
            } else {
                mount_block(el, ctx, index);
            }
        }
        _ => {}
    }
}

fn mount_block(el: &web_sys::HtmlElement, ctx: LessonCtx, index: usize) {
    if let Some(view) = block_view(ctx, index) {
        mount(el, move || view);
    }
}

/// Run `then` once the island `el` is within a screen or so of the viewport. (An island draws
/// no box of its own, so what is watched is its first element.)
fn when_near(el: &web_sys::HtmlElement, then: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    type Once = std::cell::Cell<Option<Box<dyn FnOnce()>>>;
    let then: Rc<Once> = Rc::new(std::cell::Cell::new(Some(Box::new(then))));
    let run = then.clone();
    let callback =
        Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            if entries.iter().any(|e| e.dyn_ref::<web_sys::IntersectionObserverEntry>().is_some_and(|e| e.is_intersecting())) {
                observer.disconnect();
                if let Some(then) = run.take() {
                    then();
                }
            }
        });
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin("1000px 0px");
    match web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init) {
        Ok(observer) => {
            observer.observe(&el.first_element_child().unwrap_or_else(|| el.clone().into()));
            // Both live until the page goes (an observer no one holds may be collected).
            callback.forget();
            std::mem::forget(observer);
        }
        // No observer: start it now.
        Err(_) => {
            if let Some(then) = then.take() {
                then();
            }
        }
    }
}

/// The lesson this page shows, from the data the page carries, and its simulation.
fn lesson_ctx(slug: &str) -> Result<LessonCtx, String> {
    let entry = content::entry(slug).ok_or_else(|| format!("this version of the app has no lesson {slug:?}; reload the page"))?;
    let data = document().get_element_by_id(lessons::DATA_ID).and_then(|d| d.text_content()).ok_or("the page carries no lesson data")?;
    let lesson = content::install(entry, &data)?;
    // A reading lesson has no simulation (and no island that needs one).
    let sim = entry.meta.scenario.as_deref().and_then(engine::Scenario::by_id).map(|s| Sim::lesson(s, false, DEFAULT_SEED));
    Ok(LessonCtx { lesson, slug: &entry.meta.slug, sim, share: Some(crate::sim::panel::share_bar) })
}

/// Say where the simulation would be that it could not start; the page stays readable.
pub fn show_failure(why: &str) {
    if let Ok(Some(note)) = document().query_selector(".sim-static-note") {
        note.set_text_content(Some(&i18n::t!(SimFailed, why = why)));
        let _ = note.set_attribute("role", "alert");
    }
}

/// Replace an island's static markup with its component, in the same task (so no frame is
/// painted between). The island's owner is a child of the page's, so it sees its contexts.
pub fn mount<N: IntoView + 'static>(el: &web_sys::HtmlElement, view: impl FnOnce() -> N + 'static) {
    el.set_inner_html("");
    // Kept for the life of the page, as the page's owner is.
    std::mem::forget(leptos::mount::mount_to(el.clone(), view));
}
