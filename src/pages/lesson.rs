//! One factor's lesson: its prose with the simulation and exercises placed inside it.

use crate::blocks::{render_blocks, LessonCtx};
use crate::content;
use crate::pages::not_found::NotFound;
use crate::progress::ProgressStore;
use crate::sim::Sim;
use engine::Scenario;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use lessons::Lesson;

/// The seed a lesson's simulation starts from.
pub const DEFAULT_SEED: u64 = 1;

/// `/factors/:slug`: the lesson, or the not-found page for an unknown slug.
#[component]
pub fn LessonRoute() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    move || match content::lesson(&slug.get()) {
        Some(lesson) => view! { <LessonPage lesson=lesson /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

/// A whole lesson page.
#[component]
pub fn LessonPage(lesson: &'static Lesson) -> impl IntoView {
    let meta = &lesson.meta;
    let slug: &'static str = &meta.slug;
    let scenario = meta.scenario.as_deref().and_then(Scenario::by_id).expect("the build checked every lesson's scenario");
    let sim = Sim::lesson(scenario, false, DEFAULT_SEED);
    let ctx = LessonCtx { lesson, slug, sim };
    let store = expect_context::<ProgressStore>();
    let complete = Memo::new(move |_| store.progress.with(|p| p.completed.contains(slug)));
    let toggle = move |_| {
        store.update(|p| {
            if !p.completed.remove(slug) {
                p.completed.insert(slug.to_string());
            }
        })
    };
    let (prev, next) = content::neighbours(meta.number);
    let nav_link = |l: Option<&'static Lesson>, rel: &'static str| {
        l.map(|l| {
            let label = if rel == "prev" { format!("← {}. {}", l.meta.number, l.meta.title) } else { format!("{}. {} →", l.meta.number, l.meta.title) };
            view! { <A href=format!("/factors/{}", l.meta.slug) attr:rel=rel attr:class=format!("lesson-nav-{rel}")>{label}</A> }
        })
    };
    view! {
        <Title text=format!("{}. {} · Twelve-Factor Playground", meta.number, meta.title) />
        <Meta name="description" content=meta.summary.to_string() />
        <article class="lesson" data-lesson=slug>
            <header class="lesson-head">
                <p class="kicker">{format!("Factor {} of 12 · about {} minutes", meta.number, meta.minutes)}</p>
                <h1>{format!("{}. {}", meta.number, meta.title)}</h1>
                <p class="lede">{meta.summary.as_ref()}</p>
                <p class="canonical"><a href=meta.canonical.to_string() rel="noopener">"Read the original factor text"</a></p>
            </header>
            {render_blocks(ctx)}
            <footer class="lesson-foot">
                <button type="button" class="complete-toggle" aria-pressed=move || complete.get().to_string() on:click=toggle>
                    {move || if complete.get() { "✓ Completed (undo)" } else { "Mark this lesson complete" }}
                </button>
                <nav class="lesson-nav" aria-label="Lessons">
                    {nav_link(prev, "prev")}
                    <A href="/">"All factors"</A>
                    {nav_link(next, "next")}
                </nav>
            </footer>
        </article>
    }
}
