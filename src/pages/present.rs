//! `/present/<slug>/`: presenter mode for workshops. Full screen, large type, one step per
//! screen. Keys: → / PageDown next, ← / PageUp back, Space plays or pauses the simulation
//! (or goes on, where there is none), R resets the simulation, F full screen, N notes.

use crate::blocks::{block_view, LessonCtx};
use crate::content::{self, Entry};
use crate::pages::lesson::{load_signal, set_title, Load, DEFAULT_SEED};
use crate::sim::Sim;
use engine::Scenario;
use leptos::prelude::*;
use lessons::{Block, Lesson};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// One screen of a presentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// The lesson's title and summary.
    Title,
    /// A section of prose (HTML from our own Markdown, split at its `<h2>` headings).
    Prose(String),
    /// An interactive block, by index.
    Block(usize),
}

/// Split a lesson into screens: the title, each prose section, and each interactive block
/// (hints and the solution go with the challenge; facilitator notes go to the notes panel).
pub fn steps(lesson: &Lesson) -> Vec<Step> {
    let mut out = vec![Step::Title];
    for (i, b) in lesson.blocks.iter().enumerate() {
        match b {
            Block::Prose { html } => {
                let mut rest = html.as_ref();
                while !rest.is_empty() {
                    let next = rest[1..].find("<h2").map_or(rest.len(), |p| p + 1);
                    let part = rest[..next].trim();
                    if !part.is_empty() {
                        out.push(Step::Prose(part.to_string()));
                    }
                    rest = &rest[next..];
                }
            }
            Block::Outcome { title, html } => out.push(Step::Prose(format!("<h2>{title}</h2>{html}"))),
            Block::Facilitator { .. } | Block::Hint { .. } | Block::Solution { .. } => {}
            _ => out.push(Step::Block(i)),
        }
    }
    out
}

/// The presenter page for the lesson in the path, or a message.
#[component]
pub fn Present(slug: String) -> impl IntoView {
    let Some(entry) = content::entry(&slug) else {
        return view! { <div class="not-found"><h1>"No such lesson to present"</h1><p><a href=crate::url("/")>"Go to the twelve factors"</a></p></div> }.into_any();
    };
    set_title(&format!("Presenting {}. {} · Twelve-Factor Playground", entry.meta.number, entry.meta.title));
    let (state, retry) = load_signal(entry);
    (move || match state.get() {
        Load::Loading => view! { <p class="lesson-loading" role="status">"Loading the lesson…"</p> }.into_any(),
        Load::Failed(why) => view! { <div class="lesson-error" role="alert"><p>{format!("This lesson could not be loaded: {why}.")}</p><button type="button" on:click=move |_| retry()>"Try again"</button></div> }.into_any(),
        Load::Ready(lesson) => view! { <Deck entry=entry lesson=lesson /> }.into_any(),
    })
    .into_any()
}

#[component]
fn Deck(entry: &'static Entry, lesson: &'static Lesson) -> impl IntoView {
    let slug: &'static str = &entry.meta.slug;
    let scenario = Scenario::by_id(slug).expect("every lesson has its scenario");
    let sim = Sim::lesson(scenario, false, DEFAULT_SEED);
    let ctx = LessonCtx { lesson, slug, sim };
    let steps = steps(lesson);
    let total = steps.len();
    let at = RwSignal::new(0usize);
    let notes = RwSignal::new(false);
    let notes_html: String = lesson.blocks.iter().filter_map(|b| if let Block::Facilitator { html } = b { Some(html.as_ref()) } else { None }).collect();
    let go = move |d: isize| at.update(|a| *a = (*a as isize + d).clamp(0, total as isize - 1) as usize);
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
                if on_sim() {
                    sim.playing.update(|p| *p = !*p);
                } else {
                    go(1);
                }
                true
            }
            "r" | "R" if !typing => {
                sim.reset();
                true
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
    let screen = move || {
        let i = at.get();
        let view = match &steps[i] {
            Step::Title => view! {
                <div class="present-title">
                    <p class="kicker">{format!("Factor {} of 12", entry.meta.number)}</p>
                    <h1>{entry.meta.title.as_ref()}</h1>
                    <p class="lede">{entry.meta.summary.as_ref()}</p>
                    <p class="present-keys">"→ next · ← back · Space play/pause · R reset · F full screen · N notes"</p>
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
            <div class="present-bar" role="toolbar" aria-label="Presentation">
                <button type="button" data-present-prev on:click=move |_| go(-1) disabled=move || at.get() == 0>"← Back"</button>
                <span class="present-count" aria-live="polite">{move || format!("{} / {total}", at.get() + 1)}</span>
                <button type="button" data-present-next on:click=move |_| go(1) disabled=move || at.get() + 1 == total>"Next →"</button>
                <button type="button" on:click=move |_| full_screen()>"Full screen"</button>
                <button type="button" data-present-notes aria-pressed=move || notes.get().to_string() on:click=move |_| notes.update(|n| *n = !*n)>"Notes"</button>
                <a href=crate::url(&format!("/factors/{slug}"))>"Leave presenter mode"</a>
            </div>
            {screen}
            <Show when=move || notes.get()>
                <aside class="facilitator present-notes" aria-label="Facilitator notes"><h2>"Facilitator notes"</h2><div inner_html=notes_html.clone()></div></aside>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    #[test]
    fn prose_splits_at_sections_and_notes_are_not_screens() {
        let lesson = Lesson {
            meta: content::entry("config").unwrap().meta.clone(),
            blocks: Cow::Owned(vec![
                Block::Prose { html: Cow::Borrowed("<h2 id=\"a\">A</h2><p>1</p>\n<h2 id=\"b\">B</h2><p>2</p>") },
                Block::Sim { caption: None },
                Block::Hint { html: Cow::Borrowed("h") },
                Block::Facilitator { html: Cow::Borrowed("f") },
            ]),
        };
        assert_eq!(steps(&lesson), vec![Step::Title, Step::Prose("<h2 id=\"a\">A</h2><p>1</p>".into()), Step::Prose("<h2 id=\"b\">B</h2><p>2</p>".into()), Step::Block(1)]);
    }
}
