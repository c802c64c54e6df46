//! `/progress/`: the learner's progress, and moving it: export as a code or a file, import on
//! another device (merged, so nothing is lost), and reset with confirmation.

use crate::content;
use crate::pages::kit::set_title;
use crate::progress::{Progress, ProgressStore, CORRUPT_KEY};
use crate::router::Href;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The progress page.
#[component]
pub fn ProgressPage() -> impl IntoView {
    set_title("Your progress · Twelve-Factor Playground");
    let store = expect_context::<ProgressStore>();
    let code = Memo::new(move |_| store.progress.with(Progress::encode));
    let pasted = RwSignal::new(String::new());
    let said = RwSignal::new(String::new());
    let confirming = RwSignal::new(false);
    let kept_aside = window().local_storage().ok().flatten().and_then(|s| s.get_item(CORRUPT_KEY).ok().flatten());
    let import = move |_| {
        let text = pasted.get_untracked();
        match Progress::decode(&text) {
            Ok(imported) => {
                let before = store.progress.with_untracked(Progress::completed_count);
                store.update(|p| {
                    p.completed.extend(imported.completed);
                    p.challenges.extend(imported.challenges);
                });
                let after = store.progress.with_untracked(Progress::completed_count);
                said.set(format!(
                    "Imported. Lessons complete: {before} before, {after} now (imported progress is added to what was here; nothing is removed)."
                ));
                pasted.set(String::new());
            }
            Err(e) => said.set(format!("That code could not be imported: {e}. Nothing was changed.")),
        }
    };
    let download = move |_| {
        let text = code.get_untracked();
        let href = format!("data:text/plain;charset=utf-8,{}", js_sys::encode_uri_component(&text));
        if let Ok(a) = document().create_element("a") {
            let _ = a.set_attribute("href", &href);
            let _ = a.set_attribute("download", "twelve-factor-progress.txt");
            if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
                a.click();
            }
        }
        said.set("Saved as twelve-factor-progress.txt. Open it on the other device and paste its contents below.".into());
    };
    let copy = move |_| {
        let text = code.get_untracked();
        let clipboard = window().navigator().clipboard();
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await.is_ok();
            let _ = said.try_set(if ok {
                "Progress code copied.".into()
            } else {
                "Select the code and copy it; this browser did not allow copying automatically.".into()
            });
        });
    };
    let erase = move |_| {
        store.update(|p| *p = Progress::default());
        confirming.set(false);
        said.set("All progress on this device was reset.".into());
    };
    let rows = content::lessons()
        .iter()
        .map(|e| {
            let slug: &'static str = &e.meta.slug;
            let state = move || {
                store.progress.with(|p| match (p.completed.contains(slug), p.challenges.contains(slug)) {
                    (true, _) => "✓ complete",
                    (false, true) => "◐ challenge met",
                    _ => "○ not started",
                })
            };
            view! { <li><a href=crate::router::Route::Lesson(slug).href()>{format!("{}. {}", e.meta.number, e.meta.title)}</a>" " <span class="state">{state}</span></li> }
        })
        .collect_view();
    view! {
        <article class="progress-page">
            <h1>"Your progress"</h1>
            <p class="lede">{move || format!("{} of {} lessons complete. Progress is saved in this browser only.", store.progress.with(Progress::completed_count), content::lessons().len())}</p>
            <ul class="progress-list">{rows}</ul>
            <p class="said" role="status">{move || said.get()}</p>
            <section aria-labelledby="export-title">
                <h2 id="export-title">"Take it to another device"</h2>
                <label class="code-field">
                    <span>"Your progress code"</span>
                    <textarea readonly rows="3" data-progress-code prop:value=move || code.get()></textarea>
                </label>
                <div class="row">
                    <button type="button" on:click=copy>"Copy the code"</button>
                    <button type="button" on:click=download>"Save it as a file"</button>
                </div>
            </section>
            <section aria-labelledby="import-title">
                <h2 id="import-title">"Bring it here"</h2>
                <label class="code-field">
                    <span>"Paste a progress code (or a saved file's contents)"</span>
                    <textarea rows="3" data-progress-import prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                </label>
                <button type="button" data-progress-import-go on:click=import disabled=move || pasted.with(|p| p.trim().is_empty())>"Import"</button>
            </section>
            <section aria-labelledby="reset-title">
                <h2 id="reset-title">"Start over"</h2>
                {move || if confirming.get() {
                    view! {
                        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
                            <p id="confirm-text">"Erase all progress on this device? This cannot be undone (copy your code above first if you may want it back)."</p>
                            <button type="button" class="danger" data-progress-reset-confirm on:click=erase>"Erase my progress"</button>
                            <button type="button" on:click=move |_| confirming.set(false)>"Keep it"</button>
                        </div>
                    }.into_any()
                } else {
                    view! { <button type="button" data-progress-reset on:click=move |_| confirming.set(true)>"Reset all progress…"</button> }.into_any()
                }}
            </section>
            {kept_aside.map(|raw| view! {
                <section aria-labelledby="aside-title">
                    <h2 id="aside-title">"Unreadable data kept aside"</h2>
                    <p>"Earlier saved data could not be read, so it was kept here rather than thrown away:"</p>
                    <textarea readonly rows="3">{raw}</textarea>
                </section>
            })}
        </article>
    }
}
