//! `/present/<slug>/`: presenter mode for workshops. Full screen, large type, one step per
//! screen. Keys: → / PageDown next, ← / PageUp back, Space plays or pauses the simulation
//! (or goes on, where there is none), R resets the simulation, F full screen, N notes.
//!
//! With a session in the query (`?session=config,logs&minutes=90`, made by the session
//! builder), going on from a lesson's last screen opens the session's next lesson. A speaker
//! view in another window follows and steers it (see [`super::deck_sync`]).

use crate::blocks::{block_view, LessonCtx};
use crate::content::{self, Entry};
use crate::pages::deck_sync::{Channel, Msg};
use crate::pages::kit::{lesson_view, missing, set_title, Notices};
use crate::router::Href;
use crate::sim::Sim;
use crate::sim::DEFAULT_SEED;
use engine::Scenario;
use i18n::t;
use leptos::prelude::*;
use lessons::deck::{steps, Step};
use lessons::session::Session;
use lessons::{Block, Lesson};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Shrink the current slide's text in small steps (not below 70 %) until the page no longer
/// scrolls.
fn fit_slide() {
    let Some(screen) = document().query_selector(".present-screen").ok().flatten() else { return };
    let Some(screen) = screen.dyn_ref::<web_sys::HtmlElement>() else { return };
    let root = document().scrolling_element().or_else(|| document().document_element());
    let too_tall = || root.as_ref().is_some_and(|r| r.scroll_height() > window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0) as i32 + 1);
    let _ = screen.style().remove_property("font-size");
    let mut scale = 100;
    while too_tall() && scale > 70 {
        scale -= 5;
        let _ = screen.style().set_property("font-size", &format!("{scale}%"));
    }
    // Tests and tools can tell the slide has been fitted.
    if let Some(step) = screen.get_attribute("data-step") {
        let _ = screen.set_attribute("data-fitted", &step);
    }
}

/// The presenter page for the lesson in the path, or a message.
#[component]
pub fn Present(slug: String) -> impl IntoView {
    let Some(entry) = content::entry(&slug) else {
        return missing(t!(PresentMissingTitle), String::new()).into_any();
    };
    set_title(&t!(PresentTitle, number = entry.meta.number, title = &*entry.meta.title));
    lesson_view(entry, move |lesson| view! { <Deck entry=entry lesson=lesson /> }.into_any()).into_any()
}

#[component]
fn Deck(entry: &'static Entry, lesson: &'static Lesson) -> impl IntoView {
    let slug: &'static str = &entry.meta.slug;
    // A reading lesson has no simulation: its deck is its title and prose.
    let sim = entry.meta.scenario.as_deref().and_then(Scenario::by_id).map(|s| Sim::lesson(s, false, DEFAULT_SEED));
    // The share bar is not for a projector (and its code stays out of this bundle).
    let ctx = LessonCtx { lesson, slug, sim, share: None };
    let steps = steps(lesson);
    let total = steps.len();
    let at = RwSignal::new(0usize);
    let notes = RwSignal::new(false);
    let notes_html = lesson.facilitator_notes();
    let query: &'static str = expect_context::<crate::router::Location>().query;
    let read = Session::read(query, crate::content::slug);
    let position = read.session.as_ref().and_then(|s| Some((s.position(slug)? + 1, s.lessons.len())));
    let next = read.session.as_ref().and_then(|s| s.next(slug));
    // Another lesson's presenter page, keeping the session.
    let open = move |other: &str| {
        if let Some(s) = crate::content::slug(other) {
            let _ = window().location().assign(&format!("{}{query}", crate::router::Route::Present(s).href()));
        }
    };
    let hello = RwSignal::new(0u32);
    let channel = Channel::open(move |msg| match msg {
        Msg::Go(s, i) if s == slug => at.set(i.min(total - 1)),
        Msg::Go(s, _) => open(s),
        Msg::Hello => hello.update(|h| *h += 1),
        Msg::At(..) => {}
    });
    // Say where this window is whenever it moves, or a speaker view asks.
    Effect::new(move |_| {
        hello.track();
        channel.send(Msg::At(slug, at.get()));
    });
    let go = move |d: isize| match next.filter(|_| d > 0 && at.get_untracked() + 1 == total) {
        Some(n) => open(n),
        None => at.update(|a| *a = (*a as isize + d).clamp(0, total as isize - 1) as usize),
    };
    let on_sim = {
        let steps = steps.clone();
        move || matches!(steps[at.get_untracked()], Step::Block(i) if matches!(lesson.blocks[i], Block::Sim { .. }))
    };
    let full_screen = || {
        if document().fullscreen_element().is_some() {
            document().exit_fullscreen();
        } else if let Some(root) = document().document_element() {
            let _ = root.request_fullscreen();
        }
    };
    let keys = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |ev: web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = document().active_element().is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        let handled = match ev.key().as_str() {
            "ArrowRight" | "PageDown" => {
                go(1);
                true
            }
            "ArrowLeft" | "PageUp" => {
                go(-1);
                true
            }
            " " if !typing => {
                match sim.filter(|_| on_sim()) {
                    Some(sim) => sim.playing.update(|p| *p = !*p),
                    None => go(1),
                }
                true
            }
            "r" | "R" if !typing => {
                if let Some(sim) = sim {
                    sim.reset();
                }
                sim.is_some()
            }
            "f" | "F" if !typing => {
                full_screen();
                true
            }
            "n" | "N" if !typing => {
                notes.update(|n| *n = !*n);
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    });
    let _ = window().add_event_listener_with_callback("keydown", keys.as_ref().unchecked_ref());
    let keys = send_wrapper::SendWrapper::new(keys);
    on_cleanup(move || {
        let _ = window().remove_event_listener_with_callback("keydown", keys.as_ref().unchecked_ref());
    });
    // A slide that is still too tall for this screen (a long list of options, a big table) is
    // set a little smaller until it fits, as presentation software does; most stay at full size.
    Effect::new(move |_| {
        at.track();
        request_animation_frame(fit_slide);
    });
    let screen = move || {
        let i = at.get();
        let view = match &steps[i] {
            Step::Title => view! {
                <div class="present-title">
                    <p class="kicker">{lessons::text::lesson_kicker(&entry.meta, content::lessons().len())}</p>
                    <h1>{entry.meta.title.as_ref()}</h1>
                    <p class="lede">{entry.meta.summary.as_ref()}</p>
                    {position.map(|(n, of)| view! { <p class="present-keys">{t!(DeckSessionPosition, number = n, count = of)}</p> })}
                    <p class="present-keys">{t!(PresentKeys)}</p>
                </div>
            }
            .into_any(),
            Step::Prose(html) => view! { <div class="prose" inner_html=html.clone()></div> }.into_any(),
            Step::Block(b) => {
                let mut parts = vec![block_view(ctx, *b).unwrap_or_else(|| ().into_any())];
                // The challenge screen also carries the hints and the solution.
                if matches!(lesson.blocks[*b], Block::Challenge { .. }) {
                    for j in 0..lesson.blocks.len() {
                        if matches!(lesson.blocks[j], Block::Hint { .. } | Block::Solution { .. }) {
                            if let Some(v) = block_view(ctx, j) {
                                parts.push(v);
                            }
                        }
                    }
                }
                parts.into_iter().collect_view().into_any()
            }
        };
        view! { <div class="present-screen" data-step=i>{view}</div> }
    };
    view! {
        <div class="presenter" data-present=slug>
            <div class="present-bar" role="toolbar" aria-label=t!(DeckToolbar)>
                <button type="button" data-present-prev on:click=move |_| go(-1) disabled=move || at.get() == 0>{t!(DeckBack)}</button>
                <span class="present-count" aria-live="polite">{move || format!("{} / {total}", at.get() + 1)}</span>
                <button type="button" data-present-next on:click=move |_| go(1) disabled=move || next.is_none() && at.get() + 1 == total>
                    {move || if next.is_some() && at.get() + 1 == total { t!(PresentNextLesson) } else { t!(DeckNext) }}
                </button>
                <button type="button" on:click=move |_| full_screen()>{t!(PresentFullScreen)}</button>
                <button type="button" data-present-notes aria-pressed=move || notes.get().to_string() on:click=move |_| notes.update(|n| *n = !*n)>{t!(DeckNotes)}</button>
                <a href=format!("{}{query}", crate::router::Route::Speaker(slug).href()) target="_blank">{t!(DeckSpeakerView)}</a>
                <a href=crate::router::Route::Lesson(slug).href()>{t!(PresentLeave)}</a>
            </div>
            <Notices notices=read.problems />
            {screen}
            <Show when=move || notes.get()>
                <aside class="facilitator present-notes" aria-label=t!(FacilitatorNotes)><h2>{t!(FacilitatorNotes)}</h2><div inner_html=notes_html.clone()></div></aside>
            </Show>
        </div>
    }
}
