//! `/speaker/<slug>/`: the speaker view, for the instructor's own screen while presenter mode
//! is projected. It shows the screen the room sees, the next one, the answer to the current
//! prediction or challenge, the facilitator notes, and the time: elapsed, and against the
//! session's plan when there is one. It follows presenter mode and steers it (→, ←, the
//! buttons) over [`super::deck_sync`]; with a session it moves on to the next lesson with it.

use crate::content::{self, Entry};
use crate::pages::deck_sync::{Channel, Msg};
use crate::pages::kit::{lesson_view, missing, set_title, Notices};
use crate::router::{Href, Location, Route};
use i18n::t;
use leptos::prelude::*;
use lessons::deck::{steps, Step};
use lessons::session::{duration, Session};
use lessons::text::esc;
use lessons::{Block, Lesson};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Where the clock's start is kept (this tab only, across the session's lessons).
const CLOCK_KEY: &str = "twelve-factor-playground.speaker-clock";

/// The speaker view for the lesson in the path, or a message.
#[component]
pub fn Speaker(slug: String) -> impl IntoView {
    let Some(entry) = content::entry(&slug) else {
        return missing(t!(SpeakerMissingTitle), t!(SpeakerMissingText)).into_any();
    };
    set_title(&t!(SpeakerTitle, number = entry.meta.number, title = &*entry.meta.title));
    lesson_view(entry, move |lesson| view! { <SpeakerDeck entry=entry lesson=lesson /> }.into_any()).into_any()
}

/// Milliseconds since the epoch.
fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// When the clock started: kept for the tab, so the next lesson of a session runs on.
fn clock_start(restart: bool) -> u64 {
    let store = window().session_storage().ok().flatten();
    let kept = store.as_ref().and_then(|s| s.get_item(CLOCK_KEY).ok().flatten()).and_then(|v| v.parse::<u64>().ok());
    match kept.filter(|k| !restart && *k <= now_ms()) {
        Some(k) => k,
        None => {
            let now = now_ms();
            if let Some(s) = store {
                let _ = s.set_item(CLOCK_KEY, &now.to_string());
            }
            now
        }
    }
}

/// `m:ss`, or `h:mm:ss`.
fn clock(ms: u64) -> String {
    let s = ms / 1000;
    match s / 3600 {
        0 => format!("{}:{:02}", s / 60, s % 60),
        h => format!("{h}:{:02}:{:02}", s / 60 % 60, s % 60),
    }
}

/// How a screen looks in the speaker view, as HTML (our own, from the lesson): the prose
/// itself, and an interactive block as what the room will be asked or shown.
fn screen(entry: &Entry, lesson: &Lesson, step: &Step) -> String {
    match step {
        Step::Title => {
            let gist = lesson.gist();
            format!("<h3>{}. {}</h3><p>{}</p><h4>{}</h4>{gist}", entry.meta.number, esc(&entry.meta.title), esc(&entry.meta.summary), esc(&t!(SpeakerInShort)))
        }
        Step::Prose(html) => format!(r#"<div class="prose">{html}</div>"#),
        Step::Block(i) => match &lesson.blocks[*i] {
            Block::Sim { caption } => format!(
                "<p><strong>{}</strong>{}</p>{}",
                esc(&t!(SpeakerSim)),
                esc(&t!(SpeakerSimText)),
                caption.as_ref().map_or(String::new(), |c| format!("<p>{c}</p>"))
            ),
            Block::Predict { question, options, .. } => {
                let items: String = options.iter().map(|o| format!("<li>{o}</li>")).collect();
                format!("<p><strong>{}</strong>{question}</p><ol>{items}</ol>", esc(&t!(SpeakerPrediction)))
            }
            Block::Challenge { goal, .. } => format!("<p><strong>{}</strong>{goal}</p>", esc(&t!(SpeakerChallenge))),
            Block::Sidebar { title, html } => format!("<p><strong>{}</strong>{title}</p>{html}", esc(&t!(SidebarKicker))),
            _ => String::new(),
        },
    }
}

/// The answer to what the current screen asks, as HTML, if it asks something.
fn answer(lesson: &Lesson, step: &Step) -> Option<String> {
    let Step::Block(i) = step else { return None };
    match &lesson.blocks[*i] {
        Block::Predict { options, correct, explain, .. } => Some(format!(
            "<p><strong>{}</strong>{}</p><p>{explain}</p>",
            esc(&t!(SpeakerOption, n = correct + 1)),
            options.get(usize::from(*correct)).map_or("", |o| o.as_ref())
        )),
        Block::Challenge { .. } => {
            let hints: String = lesson.hints().map(|h| format!("<li>{h}</li>")).collect();
            let solution: String = lesson.blocks.iter().filter_map(|b| if let Block::Solution { html } = b { Some(html.as_ref()) } else { None }).collect();
            Some(format!("<p><strong>{}</strong></p><ol>{hints}</ol><p><strong>{}</strong></p>{solution}", esc(&t!(SpeakerHints)), esc(&t!(SpeakerSolution))))
        }
        _ => None,
    }
}

#[component]
fn SpeakerDeck(entry: &'static Entry, lesson: &'static Lesson) -> impl IntoView {
    let slug: &'static str = &entry.meta.slug;
    let query: &'static str = expect_context::<Location>().query;
    let read = Session::read(query, content::slug);
    let session = read.session.clone();
    let steps = steps(lesson);
    let total = steps.len();
    let at = RwSignal::new(0usize);
    let answering = RwSignal::new(false);
    let notes = lesson.facilitator_notes();

    // Another lesson's speaker view, keeping the session.
    let open = move |other: &str| {
        if let Some(s) = content::slug(other) {
            let _ = window().location().assign(&format!("{}{query}", Route::Speaker(s).href()));
        }
    };
    let next_lesson = session.as_ref().and_then(|s| s.next(slug));
    let channel = Channel::open(move |msg| match msg {
        Msg::At(s, i) if s == slug => {
            at.set(i.min(total - 1));
            answering.set(true);
        }
        // The projected window went on to the session's next lesson: follow it. (Only that:
        // two presenter windows on different lessons must not send this one back and forth.)
        Msg::At(s, 0) if Some(s) == next_lesson => open(s),
        Msg::At(..) | Msg::Go(..) | Msg::Hello => {}
    });
    channel.send(Msg::Hello);
    let go = {
        let channel = channel.clone();
        move |d: isize| {
            let here = at.get_untracked();
            match next_lesson.filter(|_| d > 0 && here + 1 == total) {
                Some(n) => {
                    channel.send(Msg::Go(n, 0));
                    open(n);
                }
                None => {
                    let to = (here as isize + d).clamp(0, total as isize - 1) as usize;
                    at.set(to);
                    channel.send(Msg::Go(slug, to));
                }
            }
        }
    };
    let keys = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new({
        let go = go.clone();
        move |ev: web_sys::KeyboardEvent| {
            if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
                return;
            }
            let d = match ev.key().as_str() {
                "ArrowRight" | "PageDown" => 1,
                "ArrowLeft" | "PageUp" => -1,
                _ => return,
            };
            ev.prevent_default();
            go(d);
        }
    });
    let _ = window().add_event_listener_with_callback("keydown", keys.as_ref().unchecked_ref());
    keys.forget(); // as long as the page

    // The clock: elapsed since it started, against the session's plan.
    let start = RwSignal::new(clock_start(false));
    let now = RwSignal::new(now_ms());
    gloo::timers::callback::Interval::new(1000, move || now.set(now_ms())).forget();
    let slot = session.as_ref().and_then(|s| {
        let plan = s.plan(content::minutes);
        let i = s.position(slug)?;
        let from: u32 = plan[..i].iter().map(|&m| u32::from(m)).sum();
        Some((from, from + u32::from(plan[i]), s.minutes))
    });
    let pace = move || {
        let elapsed = (now.get().saturating_sub(start.get()) / 60_000) as u32;
        match slot {
            Some((from, to, budget)) => {
                let plan = match budget {
                    Some(b) => t!(SpeakerPlannedBudget, from = from, to = to, budget = &duration(u32::from(b))),
                    None => t!(SpeakerPlanned, from = from, to = to),
                };
                let pace = if elapsed > to {
                    t!(SpeakerBehind, time = &duration(elapsed - to))
                } else if elapsed < from {
                    t!(SpeakerAhead, time = &duration(from - elapsed))
                } else {
                    t!(SpeakerOnTime)
                };
                format!("{plan} · {pace}")
            }
            None => t!(SpeakerLessonMinutes, minutes = entry.meta.minutes),
        }
    };
    let position = session.as_ref().and_then(|s| Some(t!(DeckSessionPosition, number = s.position(slug)? + 1, count = s.lessons.len())));
    let present = format!("{}{query}", Route::Present(slug).href());
    let steps_now = steps.clone();
    let current = move || screen(entry, lesson, &steps_now[at.get()]);
    let steps_next = steps.clone();
    let next = move || match steps_next.get(at.get() + 1) {
        Some(step) => screen(entry, lesson, step),
        None => match next_lesson.and_then(content::entry) {
            Some(e) => format!("<p><strong>{}</strong>{}. {}</p>", esc(&t!(SpeakerNextLesson)), e.meta.number, esc(&e.meta.title)),
            None => format!("<p>{}</p>", esc(&t!(SpeakerEnd))),
        },
    };
    let the_answer = move || answer(lesson, &steps[at.get()]).unwrap_or_else(|| format!(r#"<p class="muted">{}</p>"#, esc(&t!(SpeakerAsksNothing))));
    let go_back = go.clone();
    let last = move || next_lesson.is_none() && at.get() + 1 == total;
    view! {
        <div class="speaker" data-speaker=slug>
            <Notices notices=read.problems />
            <header class="speaker-head">
                <div>
                    <p class="kicker">{position}</p>
                    <h1>{t!(SpeakerHeading, number = entry.meta.number, title = &*entry.meta.title)}</h1>
                </div>
                <div class="speaker-clock" role="timer" aria-label=t!(SpeakerElapsed)>
                    <span class="speaker-elapsed">{move || clock(now.get().saturating_sub(start.get()))}</span>
                    <span class="speaker-pace">{pace}</span>
                    <button type="button" on:click=move |_| start.set(clock_start(true))>{t!(SpeakerRestartClock)}</button>
                </div>
            </header>
            <div class="speaker-bar" role="toolbar" aria-label=t!(DeckToolbar)>
                <button type="button" data-speaker-prev on:click=move |_| go_back(-1) disabled=move || at.get() == 0>{t!(DeckBack)}</button>
                <span class="present-count" data-speaker-count aria-live="polite">{move || format!("{} / {total}", at.get() + 1)}</span>
                <button type="button" data-speaker-next on:click=move |_| go(1) disabled=last>{t!(DeckNext)}</button>
                <span class="speaker-link" role="status" data-speaker-linked=move || answering.get().to_string()>
                    {move || if answering.get() { t!(SpeakerLinked) } else { t!(SpeakerUnlinked) }}
                </span>
                <a href=present target="twelve-factor-presenter">{t!(SpeakerOpenPresent)}</a>
            </div>
            <div class="speaker-grid">
                <section class="speaker-now" aria-label=t!(SpeakerNowLabel)><h2>{t!(SpeakerNow)}</h2><div inner_html=current></div></section>
                <section class="speaker-next" aria-label=t!(SpeakerNextLabel)><h2>{t!(SpeakerNext)}</h2><div inner_html=next></div></section>
                <section class="speaker-answer" aria-label=t!(SpeakerAnswer)><h2>{t!(SpeakerAnswer)}</h2><div inner_html=the_answer></div></section>
                <section class="speaker-notes facilitator" aria-label=t!(FacilitatorNotes)>
                    <h2>{t!(DeckNotes)}</h2>
                    <div inner_html=if notes.is_empty() { format!(r#"<p class="muted">{}</p>"#, esc(&t!(SpeakerNoNotes))) } else { notes }></div>
                </section>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::clock;

    #[test]
    fn the_clock_reads_minutes_and_hours() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(999), "0:00");
        assert_eq!(clock(61_500), "1:01");
        assert_eq!(clock(3_725_000), "1:02:05");
    }
}
