//! The imperative edge of a simulation: a `requestAnimationFrame` loop that runs only while
//! the simulation plays and is on screen, and an `IntersectionObserver` that says when it is.

use super::Sim;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Keep `sim` animated while it plays and is visible; stop using the CPU otherwise.
pub fn drive(sim: Sim) {
    let looping = StoredValue::new(false);
    Effect::new(move |_| {
        if sim.playing.get() && sim.visible.get() && !looping.get_value() {
            looping.set_value(true);
            sim.on_frame(now_ms()); // starts the clock; the first frame advances nothing
            schedule(sim, looping);
        }
    });
}

fn schedule(sim: Sim, looping: StoredValue<bool>) {
    request_animation_frame(move || {
        // When the page that owned the simulation is gone, its signals are disposed.
        let go = sim.playing.try_get_untracked().unwrap_or(false) && sim.visible.try_get_untracked().unwrap_or(false);
        if !go {
            let _ = looping.try_set_value(false);
            sim.pause_clock();
            return;
        }
        sim.on_frame(now_ms());
        schedule(sim, looping);
    });
}

/// Set `sim.visible` from whether `element` is on screen.
pub fn observe_visibility(sim: Sim, element: web_sys::Element) {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries.get(entries.length().saturating_sub(1)).dyn_ref::<web_sys::IntersectionObserverEntry>() {
            let _ = sim.visible.try_set(entry.is_intersecting());
        }
    });
    if let Ok(observer) = web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&element);
        let observer = send_wrapper::SendWrapper::new(observer);
        on_cleanup(move || observer.disconnect());
    }
    // The observer holds the callback for the life of the page section; leak the closure
    // handle rather than have it freed while the observer may still call it.
    callback.forget();
}

/// Fire `changed` whenever `element` changes size (the picture is laid out for its width).
pub fn observe_size(element: web_sys::Element, changed: Trigger) {
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_: js_sys::Array| {
        changed.notify();
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&element);
        let observer = send_wrapper::SendWrapper::new(observer);
        on_cleanup(move || observer.disconnect());
    }
    callback.forget();
}
