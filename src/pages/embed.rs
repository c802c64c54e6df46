//! `/embed/<slug>/`: one lesson's simulation for a blog post, with minimal chrome and a link to
//! the full lesson. It tells the page around it its height and status changes by
//! `postMessage`, and listens to no messages itself.
//!
//! Parameters: `theme=light|dark|auto`, `click=1` (load on click), `autoplay=1`, `intro=1`,
//! plus a shared run (see `share`).

use crate::content;
use crate::pages::kit::{restore_shared, Notices};
use crate::router::Href;
use crate::sim::panel::SimPanel;
use crate::sim::Sim;
use crate::sim::DEFAULT_SEED;
use engine::Scenario;
use i18n::t;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Embed options from the query string; anything else is the shared run's business.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// `Some(true)` dark, `Some(false)` light, `None` follow the system.
    pub dark: Option<bool>,
    /// Show a button first; load the simulation when it is pressed.
    pub click_to_load: bool,
    /// Start running without a click.
    pub autoplay: bool,
    /// Show the lesson's one-line summary above the simulation.
    pub intro: bool,
}

/// Read the embed options; malformed values fall back to the defaults.
pub fn options(query: &str) -> EmbedOptions {
    let mut o = EmbedOptions::default();
    for pair in query.trim_start_matches('?').split('&') {
        match pair.split_once('=').unwrap_or((pair, "")) {
            ("theme", "dark") => o.dark = Some(true),
            ("theme", "light") => o.dark = Some(false),
            ("click", "1" | "true") => o.click_to_load = true,
            ("autoplay", "1" | "true") => o.autoplay = true,
            ("intro", "1" | "true") => o.intro = true,
            _ => {}
        }
    }
    o
}

/// The slug in an embed path (`/embed/config/`), if it names a lesson.
pub fn slug_of(path: &str) -> Option<&'static str> {
    match crate::router::route(path) {
        crate::router::Route::Embed(slug) => Some(slug),
        _ => None,
    }
}

fn post(message: &JsValue) {
    let window = window();
    if let Ok(parent) = window.parent() {
        if let Some(parent) = parent.filter(|p| !js_sys::Object::is(p, &window)) {
            // Height and status are not secrets; any page may embed a lesson.
            let _ = parent.post_message(message, "*");
        }
    }
}

fn message(kind: &str, slug: &str, key: &str, value: JsValue) -> JsValue {
    let m = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&m, &"type".into(), &format!("twelve-factor:{kind}").into());
    let _ = js_sys::Reflect::set(&m, &"slug".into(), &slug.into());
    let _ = js_sys::Reflect::set(&m, &key.into(), &value);
    m.into()
}

/// Tell the host page our height whenever it changes.
fn report_height(slug: &'static str) {
    let send = move || {
        let h = document().document_element().map_or(0, |e| e.scroll_height());
        post(&message("resize", slug, "height", JsValue::from(h)));
    };
    send();
    let observer_cb = Closure::<dyn FnMut()>::new(send);
    if let (Ok(observer), Some(body)) = (web_sys::ResizeObserver::new(observer_cb.as_ref().unchecked_ref()), document().body()) {
        observer.observe(&body);
        std::mem::forget(observer); // observes for the life of the page
    }
    observer_cb.forget();
}

/// The host page's script may have loaded after our first reports; when it says hello (from
/// the parent window, and only then), report height and status again. Nothing else in a
/// message is read, so a foreign frame's messages can do nothing here.
fn answer_hello(slug: &'static str, status: StoredValue<String>) {
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let from_parent = window().parent().ok().flatten().zip(ev.source()).is_some_and(|(p, s)| js_sys::Object::is(&p, &s));
        let is_hello = js_sys::Reflect::get(&ev.data(), &"type".into()).ok().and_then(|t| t.as_string()).is_some_and(|t| t == "twelve-factor:hello");
        if from_parent && is_hello {
            let h = document().document_element().map_or(0, |e| e.scroll_height());
            post(&message("resize", slug, "height", JsValue::from(h)));
            if let Some(s) = status.try_get_value() {
                post(&message("status", slug, "status", s.into()));
            }
        }
    });
    let _ = window().add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}

/// The embed bundle's whole page.
#[component]
pub fn Embed() -> impl IntoView {
    let here = expect_context::<crate::router::Location>();
    let path = here.path;
    let opts = options(here.query);
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute(
            "data-theme",
            match opts.dark {
                Some(true) => "dark",
                Some(false) => "light",
                None => "auto",
            },
        );
        let _ = root.class_list().add_1("embedded");
    }
    let Some(slug) = slug_of(path) else {
        return view! {
            <div class="embed-error" role="alert">
                <p>{t!(EmbedNoLesson)}</p>
                <p><a href=crate::url("/") target="_blank" rel="noopener">{t!(EmbedOpen)}</a></p>
            </div>
        }
        .into_any();
    };
    report_height(slug);
    let entry = content::entry(slug).expect("slug_of checked it");
    let meta = &entry.meta;
    let loaded = RwSignal::new(!opts.click_to_load);
    let lesson_href = crate::router::Route::Lesson(slug).href();
    let title = format!("{}. {}", meta.number, meta.title);
    document().set_title(&t!(EmbedTitle, title = &title));
    let scenario = meta.scenario.as_deref().and_then(Scenario::by_id);
    let read_href = lesson_href.clone();
    let body = move || {
        let Some(scenario) = scenario else {
            return view! {
                <p class="embed-note">
                    {t!(EmbedReading)}
                    <a href=read_href.clone() target="_blank" rel="noopener">{t!(EmbedReadLink)}</a>
                </p>
            }
            .into_any();
        };
        if !loaded.get() {
            return view! {
                <button type="button" class="embed-load" data-embed-load on:click=move |_| loaded.set(true)>
                    {t!(EmbedLoad)}
                </button>
            }
            .into_any();
        }
        let sim = Sim::lesson(scenario, false, DEFAULT_SEED);
        let notices = restore_shared(sim, false);
        if opts.autoplay {
            sim.playing.set(true);
        }
        let last = StoredValue::new(String::new());
        Effect::new(move |_| {
            let status = sim.with(|w| w.status().word());
            if last.get_value() != status {
                last.set_value(status.to_string());
                post(&message("status", slug, "status", status.into()));
            }
        });
        answer_hello(slug, last);
        view! {
            <Notices notices=notices />
            <SimPanel sim=sim slug=slug share=Some(crate::sim::panel::share_bar) />
        }
        .into_any()
    };
    view! {
        <div class="embed" data-embed=slug>
            <header class="embed-head">
                <a class="embed-title" href=lesson_href.clone() target="_blank" rel="noopener">
                    <span class="brand-mark" aria-hidden="true">"12"</span>
                    {title}
                </a>
                <a class="embed-more" href=lesson_href target="_blank" rel="noopener">{t!(EmbedFullLesson)}</a>
            </header>
            {opts.intro.then(|| view! { <p class="embed-intro">{meta.summary.as_ref()}</p> })}
            {body}
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_read_known_values_and_ignore_the_rest() {
        assert_eq!(options(""), EmbedOptions::default());
        let o = options("?theme=dark&click=1&autoplay=true&intro=1&x=<script>");
        assert_eq!(o, EmbedOptions { dark: Some(true), click_to_load: true, autoplay: true, intro: true });
        assert_eq!(options("theme=light").dark, Some(false));
        assert_eq!(options("theme=purple&autoplay=yes").dark, None);
        assert!(!options("autoplay=yes").autoplay);
    }

    #[test]
    fn slugs_come_from_the_path() {
        assert_eq!(slug_of("/embed/config/"), Some("config"));
        assert_eq!(slug_of("/embed/config"), Some("config"));
        assert_eq!(slug_of("/embed/config/index.html"), Some("config"));
        assert_eq!(slug_of("/embed/nope/"), None);
        assert_eq!(slug_of("/factors/config"), None);
    }
}
