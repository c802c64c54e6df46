//! One factor's lesson: its prose with the simulation and exercises placed inside it.

use crate::blocks::{render_blocks, LessonCtx};
use crate::content::{self, Entry};
use crate::progress::ProgressStore;
use crate::sim::Sim;
use engine::Scenario;
use leptos::prelude::*;


use lessons::Lesson;

/// The seed a lesson's simulation starts from.
pub const DEFAULT_SEED: u64 = 1;

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

/// Set the document title (the app has one title at a time).
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// If the address carries a shared run, rebuild it in `sim`. Returns what to tell the
/// learner: that a shared run was restored, and anything in the link that was ignored.
pub fn restore_shared(sim: Sim, sandbox: bool) -> Vec<String> {
    let here = expect_context::<crate::router::Location>();
    let (shared, mut notices) = crate::share::decode(&here.query.get_untracked(), !sandbox);
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
    notices.insert(0, format!("This is a shared run, rebuilt exactly as it was at t = {} s. Press play to continue it, or reset to start fresh.", crate::sim::render::seconds(shared.at)));
    notices
}

/// Point oEmbed consumers at this lesson's embed description, while the lesson is shown.
fn advertise_oembed(slug: &str, title: &str) {
    let doc = document();
    let Some(head) = doc.head() else { return };
    let Ok(link) = doc.create_element("link") else { return };
    let _ = link.set_attribute("rel", "alternate");
    let _ = link.set_attribute("type", "application/json+oembed");
    let _ = link.set_attribute("href", &crate::url(&format!("/oembed/{slug}.json")));
    let _ = link.set_attribute("title", title);
    let _ = head.append_child(&link);
    let link = send_wrapper::SendWrapper::new(link);
    on_cleanup(move || link.remove());
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

/// A whole lesson page (`/factors/<slug>`).
#[component]
pub fn LessonPage(entry: &'static Entry) -> impl IntoView {
    let meta = &entry.meta;
    let slug: &'static str = &meta.slug;
    let scenario = meta.scenario.as_deref().and_then(Scenario::by_id).expect("the build checked every lesson's scenario");
    let sim = Sim::lesson(scenario, false, DEFAULT_SEED);
    let notices = restore_shared(sim, false);
    set_title(&format!("{}. {} · Twelve-Factor Playground", meta.number, meta.title));
    advertise_oembed(slug, &format!("{}. {}", meta.number, meta.title));
    let store = expect_context::<ProgressStore>();
    let complete = Memo::new(move |_| store.progress.with(|p| p.completed.contains(slug)));
    let toggle = move |_| {
        store.update(|p| {
            if !p.completed.remove(slug) {
                p.completed.insert(slug.to_string());
            }
        })
    };
    let (state, retry) = load_signal(entry);
    let body = move || match state.get() {
        Load::Loading => view! { <p class="lesson-loading" role="status">"Loading the lesson…"</p> }.into_any(),
        Load::Failed(why) => view! {
            <div class="lesson-error" role="alert">
                <p>{format!("This lesson could not be loaded: {why}.")}</p>
                <button type="button" on:click=move |_| retry()>"Try again"</button>
            </div>
        }
        .into_any(),
        Load::Ready(lesson) => render_blocks(LessonCtx { lesson, slug, sim }).into_any(),
    };
    let (prev, next) = content::neighbours(meta.number);
    let nav_link = |l: Option<&'static Entry>, rel: &'static str| {
        l.map(|l| {
            let label = if rel == "prev" { format!("← {}. {}", l.meta.number, l.meta.title) } else { format!("{}. {} →", l.meta.number, l.meta.title) };
            view! { <a href=crate::url(&format!("/factors/{}", l.meta.slug)) rel=rel class=format!("lesson-nav-{rel}")>{label}</a> }
        })
    };
    view! {
        <article class="lesson" data-lesson=slug>
            <header class="lesson-head">
                <p class="kicker">{format!("Factor {} of 12 · about {} minutes", meta.number, meta.minutes)}</p>
                <h1>{format!("{}. {}", meta.number, meta.title)}</h1>
                <p class="lede">{meta.summary.as_ref()}</p>
                <p class="canonical"><a href=meta.canonical.to_string() rel="noopener">"Read the original factor text"</a></p>
            </header>
            <Notices notices=notices />
            <div class="lesson-body">{body}</div>
            <footer class="lesson-foot">
                <button type="button" class="complete-toggle" aria-pressed=move || complete.get().to_string() on:click=toggle>
                    {move || if complete.get() { "✓ Completed (undo)" } else { "Mark this lesson complete" }}
                </button>
                <nav class="lesson-nav" aria-label="Lessons">
                    {nav_link(prev, "prev")}
                    <a href=crate::url("/")>"All factors"</a>
                    <a href=crate::url(&format!("/present/{slug}/")) class="present-link">"Present this lesson"</a>
                    {nav_link(next, "next")}
                </nav>
            </footer>
        </article>
    }
}
