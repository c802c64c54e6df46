//! The small kit the pages share: the document title, a lesson body loaded with a way to
//! retry, a run rebuilt from a shared link, notices about the address, a not-found message,
//! and the completion toggle. (A lesson page itself is static HTML written at build time,
//! `crates/lessons/src/site/mod.rs`, made live by `pages::islands`.)

use crate::content::{self, Entry};
use crate::progress::ProgressStore;
use crate::router::{Href, Route};
use crate::sim::{Sim, DEFAULT_SEED};
use i18n::t;
use leptos::prelude::*;

use lessons::Lesson;

/// Where a lesson body is.
#[derive(Clone, Copy)]
pub enum Load {
    Loading,
    Ready(&'static Lesson),
    Failed(&'static str),
}

/// Load a lesson body into a signal, now or after a fetch. `retry` starts over.
pub fn load_signal(entry: &'static Entry) -> (RwSignal<Load>, impl Fn() + Copy) {
    let state = RwSignal::new(content::loaded(entry).map_or(Load::Loading, Load::Ready));
    let start = move || {
        state.set(Load::Loading);
        leptos::task::spawn_local(async move {
            let result = content::load(entry).await;
            let _ = state.try_set(match result {
                Ok(l) => Load::Ready(l),
                Err(e) => Load::Failed(Box::leak(e.into_boxed_str())),
            });
        });
    };
    if matches!(state.get_untracked(), Load::Loading) {
        start();
    }
    (state, start)
}

/// A lesson's body, as a view: a loading line, then `ready` with the lesson; or, if it could
/// not be fetched, what went wrong and a button to try again.
pub fn lesson_view(entry: &'static Entry, ready: impl Fn(&'static Lesson) -> AnyView + Send + Sync + 'static) -> impl IntoView {
    let (state, retry) = load_signal(entry);
    move || match state.get() {
        Load::Loading => view! { <p class="lesson-loading" role="status">"Loading the lesson…"</p> }.into_any(),
        Load::Failed(why) => view! {
            <div class="lesson-error" role="alert">
                <p>{t!(LessonLoadFailed, why = why)}</p>
                <button type="button" on:click=move |_| retry()>{t!(LessonRetry)}</button>
            </div>
        }
        .into_any(),
        Load::Ready(lesson) => ready(lesson),
    }
}

/// A page that is not there: what was asked for (`title`), one sentence on what may have gone
/// wrong (or none), and a way home.
pub fn missing(title: String, why: String) -> impl IntoView {
    view! {
        <div class="not-found">
            <h1>{title}</h1>
            {(!why.is_empty()).then(|| view! { <p>{why}</p> })}
            <p><a href=Route::Home.href()>{t!(NotFoundHome)}</a></p>
        </div>
    }
}

/// Set the document title (the app has one title at a time).
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// If the address carries a shared run, rebuild it in `sim`. Returns what to tell the
/// learner: that a shared run was restored, and anything in the link that was ignored.
pub fn restore_shared(sim: Sim, sandbox: bool) -> Vec<String> {
    let here = expect_context::<crate::router::Location>();
    let (shared, mut notices) = crate::share::decode(here.query, !sandbox);
    if shared.is_empty() {
        return notices;
    }
    let practices = match (sim.setup, shared.practices) {
        (crate::sim::Setup::Lesson(s), _) => s.practices(shared.violating.unwrap_or(false)),
        (crate::sim::Setup::Sandbox, Some(p)) => p,
        (crate::sim::Setup::Sandbox, None) => sim.practices.get_untracked(),
        // A drill's switches come from its seed, never from a link.
        (crate::sim::Setup::Drill, _) => return notices,
    };
    sim.restore(practices, shared.seed.unwrap_or(DEFAULT_SEED), &shared.events, shared.at);
    notices.insert(0, t!(LessonSharedRun, seconds = crate::sim::render::seconds_arg(shared.at)));
    notices
}

/// Messages about the page's address, announced politely.
#[component]
pub fn Notices(notices: Vec<String>) -> impl IntoView {
    (!notices.is_empty()).then(|| {
        view! {
            <div class="notice link-notices" role="status">
                <ul>{notices.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            </div>
        }
    })
}

/// "Mark this lesson complete", kept in the learner's progress.
#[component]
pub fn CompleteToggle(slug: &'static str) -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let complete = Memo::new(move |_| store.progress.with(|p| p.completed.contains(slug)));
    let toggle = move |_| {
        store.update(|p| {
            if !p.completed.remove(slug) {
                p.completed.insert(slug.to_string());
            }
        })
    };
    view! {
        <button type="button" class="complete-toggle" aria-pressed=move || complete.get().to_string() on:click=toggle>
            {move || if complete.get() { t!(LessonCompleted) } else { t!(LessonComplete) }}
        </button>
    }
}
