//! The home page's live parts: the learner's progress over the twelve factors. The page
//! itself (cards, introduction) is static HTML written at build time.

use crate::content;
use crate::progress::ProgressStore;
use crate::router::Href;
use i18n::t;
use leptos::prelude::*;

/// "N of 12 lessons complete" and its bar.
#[component]
pub fn HomeProgress() -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let done = Memo::new(move |_| store.progress.with(|p| p.completed_count()));
    let total = content::lessons().len();
    view! {
        <p class="progress-summary" aria-live="polite">{move || t!(HomeProgress, done = done.get(), total = total)}</p>
        <progress max=total value=move || done.get() aria-label=t!(HomeProgressLabel)></progress>
    }
}

/// The twelve factors' cards, each marked with the learner's progress.
#[component]
pub fn Cards() -> impl IntoView {
    let store = expect_context::<ProgressStore>();
    let cards = content::lessons()
        .iter()
        .map(|l| {
            let slug: &'static str = &l.meta.slug;
            let complete = Memo::new(move |_| store.progress.with(|p| p.completed.contains(slug)));
            let challenged = Memo::new(move |_| store.progress.with(|p| p.challenges.contains(slug)));
            view! {
                <li class="card" class:complete=move || complete.get() data-factor=slug>
                    <a href=crate::router::Route::Lesson(slug).href()>
                        <span class="card-number">{l.meta.number}</span>
                        <span class="card-title">{l.meta.title.as_ref()}</span>
                    </a>
                    <p class="card-summary">{l.meta.summary.as_ref()}</p>
                    <p class="card-meta">
                        <span>{t!(CardMinutes, minutes = l.meta.minutes)}</span>
                        <span class="card-state">{move || if complete.get() { t!(CardDone) } else if challenged.get() { t!(CardChallenged) } else { t!(CardNotStarted) }}</span>
                    </p>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="cards">{cards}</ol> }
}
