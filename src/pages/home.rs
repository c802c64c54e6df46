//! The twelve factors at a glance, with the learner's progress.

use crate::content;
use crate::progress::ProgressStore;
use leptos::prelude::*;
use crate::pages::lesson::{load_signal, set_title, Load};


/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let done = Memo::new(move |_| store.progress.with(|p| p.completed_count()));
    set_title("Twelve-Factor Playground: learn the twelve factors by breaking them");
    let cards = content::factor_entries()
        .iter()
        .map(|l| {
            let slug: &'static str = &l.meta.slug;
            let complete = Memo::new(move |_| store.progress.with(|p| p.completed.contains(slug)));
            let challenged = Memo::new(move |_| store.progress.with(|p| p.challenges.contains(slug)));
            view! {
                <li class="card" class:complete=move || complete.get() data-factor=slug>
                    <a href=crate::url(&format!("/factors/{slug}"))>
                        <span class="card-number">{l.meta.number}</span>
                        <span class="card-title">{l.meta.title.as_ref()}</span>
                    </a>
                    <p class="card-summary">{l.meta.summary.as_ref()}</p>
                    <p class="card-meta">
                        <span>{format!("{} min", l.meta.minutes)}</span>
                        <span class="card-state">{move || if complete.get() { "✓ complete" } else if challenged.get() { "◐ challenge met" } else { "○ not started" }}</span>
                    </p>
                </li>
            }
        })
        .collect_view();
    let (intro, _) = load_signal(content::introduction());
    let intro_html = move || match intro.get() {
        Load::Ready(l) => l.blocks.iter().filter_map(|b| if let lessons::Block::Prose { html } = b { Some(html.as_ref()) } else { None }).collect::<String>(),
        _ => String::new(),
    };
    view! {
        <section class="hero">
            <h1>"Twelve-Factor Playground"</h1>
            <p class="lede">"Learn the Twelve-Factor App by breaking a simulated deployment. Flip a factor the wrong way, throw a deploy, a restart or a traffic spike at it, and watch what fails and why."</p>
            <p class="progress-summary" aria-live="polite">{move || format!("{} of 12 lessons complete", done.get())}</p>
            <progress max="12" value=move || done.get() aria-label="Lessons complete"></progress>
        </section>
        <h2 class="visually-hidden">"The twelve factors"</h2>
        <ol class="cards">{cards}</ol>
        <p class="sandbox-link"><a href=crate::url("/sandbox/")>"Then put all twelve together in the chaos sandbox →"</a>" One app, twelve switches, every kind of trouble, and a scorecard."</p>
        <p class="sandbox-link"><a href=crate::url("/missions/")>"Play the missions →"</a>" Twelve apps, a forecast each, and only a few changes: fix the factors the forecast will hit."</p>
        <p class="sandbox-link"><a href=crate::url("/drills/")>"Then be the one on call: incident drills →"</a>" A sick deployment, the switches hidden: find which factors are broken."</p>
        <p class="workshop-links">"Running a workshop? "<a href=crate::url("/handout/")>"Printable handout"</a>" · every lesson has a presenter mode · "<a href=crate::url("/progress/")>"Your progress: export, import, reset"</a></p>
        <section class="intro prose" aria-label="About the Twelve-Factor App" inner_html=intro_html></section>
    }
}
