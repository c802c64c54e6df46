//! `/progress/`: the learner's progress, and moving it: export as a code or a file, import on
//! another device (merged, so nothing is lost), and reset with confirmation.

use crate::content;
use crate::pages::kit::set_title;
use crate::progress::{Progress, ProgressStore, CORRUPT_KEY};
use crate::router::Href;
use i18n::t;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The progress page.
#[component]
pub fn ProgressPage() -> impl IntoView {
    set_title(&t!(ProgressPageTitle));
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
                said.set(t!(ProgressPageImported, before = before, after = after));
                pasted.set(String::new());
            }
            Err(e) => said.set(t!(ProgressPageImportFailed, why = &e.to_string())),
        }
    };
    let download = move |_| {
        const FILE: &str = "twelve-factor-progress.txt";
        let text = code.get_untracked();
        let href = format!("data:text/plain;charset=utf-8,{}", js_sys::encode_uri_component(&text));
        if let Ok(a) = document().create_element("a") {
            let _ = a.set_attribute("href", &href);
            let _ = a.set_attribute("download", FILE);
            if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
                a.click();
            }
        }
        said.set(t!(ProgressPageSaved, file = FILE));
    };
    let copy = move |_| {
        let text = code.get_untracked();
        let clipboard = window().navigator().clipboard();
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await.is_ok();
            let _ = said.try_set(if ok { t!(ProgressPageCopied) } else { t!(ProgressPageCopyFailed) });
        });
    };
    let erase = move |_| {
        store.update(|p| *p = Progress::default());
        confirming.set(false);
        said.set(t!(ProgressPageResetDone));
    };
    let rows = content::lessons()
        .iter()
        .map(|e| {
            let slug: &'static str = &e.meta.slug;
            let state = move || {
                store.progress.with(|p| match (p.completed.contains(slug), p.challenges.contains(slug)) {
                    (true, _) => t!(CardDone),
                    (false, true) => t!(CardChallenged),
                    _ => t!(CardNotStarted),
                })
            };
            view! { <li><a href=crate::router::Route::Lesson(slug).href()>{format!("{}. {}", e.meta.number, e.meta.title)}</a>" " <span class="state">{state}</span></li> }
        })
        .collect_view();
    view! {
        <article class="progress-page">
            <h1>{t!(ProgressPageHeading)}</h1>
            <p class="lede">{move || t!(ProgressPageLede, done = store.progress.with(Progress::completed_count), total = content::lessons().len())}</p>
            <ul class="progress-list">{rows}</ul>
            <p class="said" role="status">{move || said.get()}</p>
            <section aria-labelledby="export-title">
                <h2 id="export-title">{t!(ProgressPageExportHeading)}</h2>
                <label class="code-field">
                    <span>{t!(ProgressPageCode)}</span>
                    <textarea readonly rows="3" data-progress-code prop:value=move || code.get()></textarea>
                </label>
                <div class="row">
                    <button type="button" on:click=copy>{t!(ProgressPageCopy)}</button>
                    <button type="button" on:click=download>{t!(ProgressPageSave)}</button>
                </div>
            </section>
            <section aria-labelledby="import-title">
                <h2 id="import-title">{t!(ProgressPageImportHeading)}</h2>
                <label class="code-field">
                    <span>{t!(ProgressPagePaste)}</span>
                    <textarea rows="3" data-progress-import prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                </label>
                <button type="button" data-progress-import-go on:click=import disabled=move || pasted.with(|p| p.trim().is_empty())>{t!(ProgressPageImport)}</button>
            </section>
            <section aria-labelledby="reset-title">
                <h2 id="reset-title">{t!(ProgressPageResetHeading)}</h2>
                {move || if confirming.get() {
                    view! {
                        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
                            <p id="confirm-text">{t!(ProgressPageConfirm)}</p>
                            <button type="button" class="danger" data-progress-reset-confirm on:click=erase>{t!(ProgressPageErase)}</button>
                            <button type="button" on:click=move |_| confirming.set(false)>{t!(ProgressPageKeep)}</button>
                        </div>
                    }.into_any()
                } else {
                    view! { <button type="button" data-progress-reset on:click=move |_| confirming.set(true)>{t!(ProgressPageReset)}</button> }.into_any()
                }}
            </section>
            {kept_aside.map(|raw| view! {
                <section aria-labelledby="aside-title">
                    <h2 id="aside-title">{t!(ProgressPageAsideHeading)}</h2>
                    <p>{t!(ProgressPageAside)}</p>
                    <textarea readonly rows="3">{raw}</textarea>
                </section>
            })}
        </article>
    }
}
