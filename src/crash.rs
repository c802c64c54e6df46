//! When something goes wrong inside the app: a friendly panel instead of a dead page.
//!
//! A panic stops the wasm for good (the build aborts on panic), so the panel is built with
//! plain DOM calls from the panic hook and works without the app: its buttons are links.
//! The details go to the console too, for whoever investigates.

use i18n::t;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Install the panic hook; and, only in a browser driven by automation (`navigator.webdriver`,
/// as in the end-to-end tests), a way for tests to ask for a panic: dispatching a
/// `twelve-factor:test-panic` event on `window`. A learner's browser has no such trigger.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let stack = js_sys::Reflect::get(&js_sys::Error::new(""), &"stack".into()).ok().and_then(|s| s.as_string()).unwrap_or_default();
        let details = format!("{info}\n\n{stack}");
        web_sys::console::error_1(&format!("Twelve-Factor Playground stopped: {details}").into());
        show_panel(&details);
    }));
    let automated = |w: &web_sys::Window| js_sys::Reflect::get(&w.navigator(), &"webdriver".into()).ok().and_then(|v| v.as_bool()) == Some(true);
    let Some(w) = web_sys::window().filter(automated) else { return };
    let trigger = Closure::<dyn FnMut()>::new(|| panic!("test panic requested by the page"));
    let _ = w.add_event_listener_with_callback("twelve-factor:test-panic", trigger.as_ref().unchecked_ref());
    trigger.forget();
}

fn el(doc: &web_sys::Document, tag: &str, text: Option<&str>) -> Option<web_sys::Element> {
    let e = doc.create_element(tag).ok()?;
    if let Some(t) = text {
        e.set_text_content(Some(t));
    }
    Some(e)
}

fn show_panel(details: &str) -> Option<()> {
    let doc = web_sys::window()?.document()?;
    if doc.get_element_by_id("crash-panel").is_some() {
        return Some(());
    }
    let loc = web_sys::window()?.location();
    let panel = el(&doc, "div", None)?;
    panel.set_id("crash-panel");
    panel.set_class_name("crash-panel");
    let _ = panel.set_attribute("role", "alertdialog");
    let _ = panel.set_attribute("aria-labelledby", "crash-title");
    let title = el(&doc, "h2", Some(&t!(CrashTitle)))?;
    title.set_id("crash-title");
    let text = el(&doc, "p", Some(&t!(CrashText)))?;
    let actions = el(&doc, "p", None)?;
    let reset = el(&doc, "a", Some(&t!(CrashReset)))?;
    // The same page without its query: a shared run or option that caused this is dropped.
    let _ = reset.set_attribute("href", &loc.pathname().unwrap_or_else(|_| "/".into()));
    reset.set_class_name("button");
    // A plain navigation: the app's own link handling may be gone with the wasm.
    let _ = reset.set_attribute("target", "_self");
    let home = el(&doc, "a", Some(&t!(NotFoundHome)))?;
    let _ = home.set_attribute("href", &crate::url("/"));
    let _ = home.set_attribute("target", "_self");
    let _ = actions.append_with_node_2(&reset, &home);
    let report = el(&doc, "p", Some(&t!(CrashReport)))?;
    let area = el(&doc, "textarea", Some(details))?;
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("rows", "6");
    let _ = area.set_attribute("aria-label", &t!(CrashDetails));
    let _ = panel.append_with_node_5(&title, &text, &actions, &report, &area);
    doc.body()?.prepend_with_node_1(&panel).ok()?;
    if let Some(a) = reset.dyn_ref::<web_sys::HtmlElement>() {
        let _ = a.focus();
    }
    Some(())
}
