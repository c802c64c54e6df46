//! `/handout/`: every lesson on one printable page, for workshops (print it, or save it
//! as a PDF). The simulations become a link to try each one.

use crate::content;
use crate::pages::kit::set_title;
use crate::router::Href;
use crate::FacilitatorMode;
use leptos::prelude::*;
use lessons::{Block, Lesson};

/// The handout page.
#[component]
pub fn Handout() -> impl IntoView {
    set_title("Printable handout · Twelve-Factor Playground");
    let lessons = RwSignal::new(Vec::<&'static Lesson>::new());
    let failed = RwSignal::new(None::<String>);
    leptos::task::spawn_local(async move {
        let mut all = Vec::new();
        for entry in std::iter::once(content::introduction()).chain(content::lessons()) {
            match content::load(entry).await {
                Ok(l) => all.push(l),
                Err(e) => {
                    let _ = failed.try_set(Some(format!("{}: {e}", entry.meta.title)));
                    return;
                }
            }
        }
        let _ = lessons.try_set(all);
    });
    let notes = expect_context::<FacilitatorMode>().0;
    let origin = window().location().origin().unwrap_or_default();
    view! {
        <article class="handout">
            <div class="handout-tools no-print">
                <button type="button" data-handout-print on:click=move |_| { let _ = window().print(); }>"🖨 Print or save as PDF"</button>
                <label><input type="checkbox" prop:checked=move || notes.get() on:change=move |_| notes.update(|n| *n = !*n) />" Include facilitator notes"</label>
            </div>
            {move || failed.get().map(|e| view! { <p class="lesson-error" role="alert">{format!("The handout could not load every lesson ({e}). Check the connection and reload.")}</p> })}
            {move || {
                let all = lessons.get();
                if all.is_empty() {
                    return view! { <p class="lesson-loading" role="status">"Loading the lessons…"</p> }.into_any();
                }
                let origin = origin.clone();
                let intro = all[0];
                let parts = all[1..].iter().map(|l| lesson_part(l, &origin, notes)).collect_view();
                view! {
                    <header class="handout-cover">
                        <h1>"The Twelve-Factor App: a handout"</h1>
                        <p class="lede">{format!("{} lessons from Twelve-Factor Playground. The link under each title opens the lesson, to try its simulation.", lessons::text::capitalise(&lessons::text::count_words(all.len() - 1)))}</p>
                        {intro.blocks.iter().filter_map(|b| if let Block::Prose { html } = b { Some(view! { <div class="prose" inner_html=html.as_ref()></div> }) } else { None }).collect_view()}
                    </header>
                    {parts}
                }
                .into_any()
            }}
        </article>
    }
}

fn lesson_part(l: &'static Lesson, origin: &str, notes: RwSignal<bool>) -> impl IntoView {
    let meta = &l.meta;
    let link = format!("{origin}{}", crate::router::Route::Lesson(&l.meta.slug).href());
    let blocks = l
        .blocks
        .iter()
        .map(|b| match b {
            Block::Prose { html } => view! { <div class="prose" inner_html=html.as_ref()></div> }.into_any(),
            Block::Outcome { title, html } => view! { <div class="prose"><h2 inner_html=title.as_ref()></h2><div inner_html=html.as_ref()></div></div> }.into_any(),
            Block::Predict { question, options, correct, explain } => view! {
                <section class="predict">
                    <h3>"Predict"</h3>
                    <p inner_html=question.as_ref()></p>
                    <ul class="handout-options">{options.iter().map(|o| view! { <li><span aria-hidden="true">"☐ "</span><span inner_html=o.as_ref()></span></li> }).collect_view()}</ul>
                    <p class="answer"><strong>{format!("Answer: option {}. ", correct + 1)}</strong><span inner_html=explain.as_ref()></span></p>
                </section>
            }
            .into_any(),
            Block::Sim { .. } => view! { <p class="try-it">"▶ Try the simulation: " <a href=link.clone()>{link.clone()}</a></p> }.into_any(),
            Block::Challenge { goal, .. } => view! { <section class="challenge"><h3>"Challenge"</h3><p inner_html=goal.as_ref()></p></section> }.into_any(),
            Block::Sidebar { title, html } => view! {
                <aside class="sidebar"><h3><span class="sidebar-kicker">"Since then: "</span><span inner_html=title.as_ref()></span></h3><div inner_html=html.as_ref()></div></aside>
            }
            .into_any(),
            Block::Facilitator { html } => {
                let html: &'static str = html;
                view! { <Show when=move || notes.get()><aside class="facilitator"><h3>"Facilitator notes"</h3><div inner_html=html></div></aside></Show> }.into_any()
            }
            // Hints and solutions belong to the interactive lesson.
            Block::Hint { .. } | Block::Solution { .. } => ().into_any(),
        })
        .collect_view();
    view! {
        <section class="handout-lesson" data-handout=meta.slug.to_string()>
            <h2>{format!("{}. {}", meta.number, meta.title)}</h2>
            <p class="lede">{meta.summary.as_ref()}</p>
            {blocks}
        </section>
    }
}
