//! `/workshop/`: the session builder. An instructor picks lessons, puts them in order and sets
//! a time budget; the plan is kept in the page's own address (so a reload or a shared link
//! keeps it) and carried by the links it gives: presenter mode, the speaker view and the
//! handout all follow it (see `lessons::session`).

use crate::content;
use crate::pages::kit::{set_title, Notices};
use crate::router::{Href, Location, Route};
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
    set_title("Plan a workshop · Twelve-Factor Playground");
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
                let name = esc(&title(slug));
                format!(
                    r#"<li class="session-row" data-session-lesson="{slug}"><span class="session-title">{name}</span><span class="session-time">about {own} min{}{}</span><span class="session-moves">{}{}{}</span></li>"#,
                    s.minutes.map_or(String::new(), |_| format!(" · planned {planned} min")),
                    if s.minutes.is_some() && planned < own { " (short)" } else { "" },
                    button("up", slug, &format!("Move {name} earlier"), "↑", i == 0),
                    button("down", slug, &format!("Move {name} later"), "↓", i + 1 == n),
                    button("remove", slug, &format!("Remove {name}"), "Remove", false),
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
                let name = esc(&title(slug));
                format!(
                    r#"<li><button type="button" id="add-{slug}" data-act="add" data-slug="{slug}" data-session-add="{slug}" aria-label="Add {name}">+ Add</button> {name} · about {} min</li>"#,
                    content::minutes(slug)
                )
            })
            .collect::<String>()
    };
    let summary = move || {
        let s = session.get();
        if s.lessons.is_empty() {
            return "No lessons chosen yet: add some below.".to_string();
        }
        let own: u32 = s.lessons.iter().map(|l| u32::from(content::minutes(l))).sum();
        let count = lessons::text::count_words(s.lessons.len());
        let lessons_word = if s.lessons.len() == 1 { "lesson" } else { "lessons" };
        match s.minutes.map(u32::from) {
            None => format!("{} {lessons_word}, about {} at their own pace. Set a time budget to share it out.", lessons::text::capitalise(&count), duration(own)),
            Some(b) if own > b => format!(
                "{} {lessons_word} take about {} at their own pace: {} more than the {} you have, so each gets less than its estimate. Remove a lesson or raise the budget.",
                lessons::text::capitalise(&count),
                duration(own),
                duration(own - b),
                duration(b)
            ),
            Some(b) => format!("{} {lessons_word}, about {} at their own pace, shared out over {}.", lessons::text::capitalise(&count), duration(own), duration(b)),
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
            <h1>"Plan a workshop"</h1>
            <p class="lede">"Pick the lessons, put them in order and say how long you have. The links at the bottom carry the plan: presenter mode, the speaker view and the handout all follow it."</p>
            <Notices notices=read.problems />
            <p class="builder-budget">
                <label for="budget">"Time budget, in minutes "</label>
                <input id="budget" type="number" inputmode="numeric" min="1" max=MAX_MINUTES.to_string() step="5" prop:value=move || minutes.get().map_or(String::new(), |m| m.to_string()) on:input=on_budget />
            </p>
            <h2>"This session"</h2>
            <p class="builder-summary" role="status" aria-live="polite">{summary}</p>
            <ol class="session-list" id="session-list" tabindex="-1" aria-label="Lessons in this session" inner_html=rows on:click=on_click></ol>
            <h2>"More lessons"</h2>
            <ul class="session-others" inner_html=others on:click=on_click></ul>
            <h2>"Your links"</h2>
            <Show when=move || !empty() fallback=|| view! { <p>"Choose at least one lesson to get the links."</p> }>
                <ul class="builder-links">
                    <li><a data-builder-link="present" href=move || link(Route::Present).unwrap_or_default() target="twelve-factor-presenter">"Presenter mode"</a>" — project this window."</li>
                    <li><a data-builder-link="speaker" href=move || link(Route::Speaker).unwrap_or_default() target="_blank">"Speaker view"</a>" — on your own screen; it steers presenter mode."</li>
                    <li><a data-builder-link="handout" href=handout>"Handout"</a>" — one printed page per lesson, the answers at the end."</li>
                    <li>
                        <button type="button" on:click=copy>"Copy the link to this plan"</button>
                        <span role="status">{move || copied.get().then_some(" Copied.")}</span>
                    </li>
                </ul>
            </Show>
        </article>
    }
}
