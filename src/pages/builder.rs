//! `/workshop/`: the session builder. An instructor picks lessons, puts them in order and sets
//! a time budget; the plan is kept in the page's own address (so a reload or a shared link
//! keeps it) and carried by the links it gives: presenter mode, the speaker view and the
//! handout all follow it (see `lessons::session`).

use crate::content;
use crate::pages::kit::{set_title, Notices};
use crate::router::{Href, Location, Route};
use i18n::t;
use leptos::prelude::*;
use lessons::session::{duration, Session, MAX_MINUTES};
use lessons::text::esc;
use wasm_bindgen::JsCast;

/// "3. Config"
fn title(slug: &str) -> String {
    content::entry(slug).map_or_else(|| slug.to_string(), |e| format!("{}. {}", e.meta.number, e.meta.title))
}

/// The session builder page.
#[component]
pub fn Builder() -> impl IntoView {
    set_title(&t!(BuilderTitle));
    let here = expect_context::<Location>();
    let read = Session::read(here.query, content::slug);
    // With no plan in the address: the whole course, in order, in two hours.
    let start = read.session.unwrap_or_else(|| Session { lessons: content::lessons().iter().map(|e| e.meta.slug.as_ref()).collect(), minutes: Some(120) });
    let chosen = RwSignal::new(start.lessons);
    let minutes = RwSignal::new(start.minutes);
    let session = Memo::new(move |_| Session { lessons: chosen.get(), minutes: minutes.get() });
    // The plan lives in the address.
    Effect::new(move |_| {
        let s = session.get();
        let q = if s.lessons.is_empty() { String::new() } else { format!("?{}", s.query()) };
        if let Ok(h) = window().history() {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{}{q}", Route::Workshop.href())));
        }
    });
    // The lists are HTML (a button per move, each saying what it does and to which lesson),
    // with one click handler each: far less code than a typed view per row.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(button) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.closest("button[data-act]").ok().flatten()) else {
            return;
        };
        let (Some(act), Some(slug)) = (button.get_attribute("data-act"), button.get_attribute("data-slug").as_deref().and_then(content::slug)) else { return };
        chosen.update(|c| {
            let at = c.iter().position(|s| *s == slug);
            match (act.as_str(), at) {
                ("up", Some(i)) if i > 0 => c.swap(i, i - 1),
                ("down", Some(i)) if i + 1 < c.len() => c.swap(i, i + 1),
                ("remove", Some(i)) => {
                    c.remove(i);
                }
                ("add", None) => c.push(slug),
                _ => {}
            }
        });
        // Keep the keyboard where it was: on the same button of the moved lesson, or the
        // nearest one that is still there.
        let ids = [format!("{act}-{slug}"), format!("up-{slug}"), format!("down-{slug}"), "session-list".into()];
        request_animation_frame(move || {
            if let Some(el) = ids
                .iter()
                .filter_map(|id| document().get_element_by_id(id))
                .filter_map(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                .find(|e| !e.has_attribute("disabled"))
            {
                let _ = el.focus();
            }
        });
    };
    let on_budget = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        minutes.set(v.trim().parse::<u16>().ok().filter(|m| (1..=MAX_MINUTES).contains(m)));
    };
    let rows = move || {
        let s = session.get();
        let plan = s.plan(content::minutes);
        let n = s.lessons.len();
        let button = |act: &str, slug: &str, label: &str, text: &str, off: bool| {
            format!(
                r#"<button type="button" id="{act}-{slug}" data-act="{act}" data-slug="{slug}" aria-label="{label}"{}>{text}</button>"#,
                if off { " disabled" } else { "" }
            )
        };
        s.lessons
            .iter()
            .zip(plan)
            .enumerate()
            .map(|(i, (&slug, planned))| {
                let own = content::minutes(slug);
                let lesson = title(slug);
                format!(
                    r#"<li class="session-row" data-session-lesson="{slug}"><span class="session-title">{}</span><span class="session-time">{}{}{}</span><span class="session-moves">{}{}{}</span></li>"#,
                    esc(&lesson),
                    esc(&t!(BuilderRowTime, minutes = own)),
                    s.minutes.map_or(String::new(), |_| esc(&t!(BuilderRowPlanned, minutes = planned))),
                    if s.minutes.is_some() && planned < own { esc(&t!(BuilderRowShort)) } else { String::new() },
                    button("up", slug, &esc(&t!(BuilderMoveEarlier, lesson = &lesson)), "↑", i == 0),
                    button("down", slug, &esc(&t!(BuilderMoveLater, lesson = &lesson)), "↓", i + 1 == n),
                    button("remove", slug, &esc(&t!(BuilderRemoveLabel, lesson = &lesson)), &esc(&t!(BuilderRemove)), false),
                )
            })
            .collect::<String>()
    };
    let others = move || {
        let c = chosen.get();
        content::lessons()
            .iter()
            .map(|e| e.meta.slug.as_ref())
            .filter(|s| !c.contains(s))
            .map(|slug| {
                let lesson = title(slug);
                format!(
                    r#"<li><button type="button" id="add-{slug}" data-act="add" data-slug="{slug}" data-session-add="{slug}" aria-label="{}">{}</button> <span class="session-title">{}</span> · {}</li>"#,
                    esc(&t!(BuilderAddLabel, lesson = &lesson)),
                    esc(&t!(BuilderAdd)),
                    esc(&lesson),
                    esc(&t!(BuilderRowTime, minutes = content::minutes(slug))),
                )
            })
            .collect::<String>()
    };
    let summary = move || {
        let s = session.get();
        if s.lessons.is_empty() {
            return t!(BuilderSummaryEmpty);
        }
        let own: u32 = s.lessons.iter().map(|l| u32::from(content::minutes(l))).sum();
        let count = t!(BuilderLessons, count = s.lessons.len());
        match s.minutes.map(u32::from) {
            None => t!(BuilderSummaryOpen, lessons = &count, total = &duration(own)),
            Some(b) if own > b => t!(BuilderSummaryOver, lessons = &count, total = &duration(own), over = &duration(own - b), budget = &duration(b)),
            Some(b) => t!(BuilderSummaryFits, lessons = &count, total = &duration(own), budget = &duration(b)),
        }
    };
    let link = move |route: fn(&'static str) -> Route| {
        let s = session.get();
        s.lessons.first().map(|&first| format!("{}?{}", route(first).href(), s.query()))
    };
    let handout = move || session.with(|s| format!("{}?{}", Route::Handout.href(), s.query()));
    let plan_link = move || session.with(|s| format!("{}{}?{}", window().location().origin().unwrap_or_default(), Route::Workshop.href(), s.query()));
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let _ = window().navigator().clipboard().write_text(&plan_link());
        copied.set(true);
    };
    let empty = move || chosen.with(Vec::is_empty);
    view! {
        <article class="builder">
            <h1>{t!(BuilderHeading)}</h1>
            <p class="lede">{t!(BuilderLede)}</p>
            <Notices notices=read.problems />
            <p class="builder-budget">
                <label for="budget">{t!(BuilderBudget)}</label>
                <input id="budget" type="number" inputmode="numeric" min="1" max=MAX_MINUTES.to_string() step="5" prop:value=move || minutes.get().map_or(String::new(), |m| m.to_string()) on:input=on_budget />
            </p>
            <h2>{t!(BuilderSessionHeading)}</h2>
            <p class="builder-summary" role="status" aria-live="polite">{summary}</p>
            <ol class="session-list" id="session-list" tabindex="-1" aria-label=t!(BuilderSessionLabel) inner_html=rows on:click=on_click></ol>
            <h2>{t!(BuilderMoreHeading)}</h2>
            <ul class="session-others" inner_html=others on:click=on_click></ul>
            <h2>{t!(BuilderLinksHeading)}</h2>
            <Show when=move || !empty() fallback=|| view! { <p>{t!(BuilderLinksNone)}</p> }>
                <ul class="builder-links">
                    <li><a data-builder-link="present" href=move || link(Route::Present).unwrap_or_default() target="twelve-factor-presenter">{t!(BuilderLinkPresent)}</a>{t!(BuilderLinkPresentNote)}</li>
                    <li><a data-builder-link="speaker" href=move || link(Route::Speaker).unwrap_or_default() target="_blank">{t!(DeckSpeakerView)}</a>{t!(BuilderLinkSpeakerNote)}</li>
                    <li><a data-builder-link="handout" href=handout>{t!(BuilderLinkHandout)}</a>{t!(BuilderLinkHandoutNote)}</li>
                    <li>
                        <button type="button" on:click=copy>{t!(BuilderCopy)}</button>
                        <span role="status">{move || copied.get().then(|| t!(BuilderCopied))}</span>
                    </li>
                </ul>
            </Show>
        </article>
    }
}
