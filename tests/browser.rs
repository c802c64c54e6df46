//! Component tests in a real browser (headless Chromium via wasm-bindgen-test):
//! the simulation panel, the lesson blocks and saved progress, mounted on their own.

#![cfg(target_arch = "wasm32")]

use engine::{Scenario, TICK_HZ};
use leptos::prelude::*;
use lessons::{Block, Check, Cmp, Lesson};
use std::borrow::Cow;
use std::cell::Cell;
use std::rc::Rc;
use twelve_factor_playground::blocks::{render_blocks, LessonCtx};
use twelve_factor_playground::progress::{ProgressStore, CORRUPT_KEY, KEY};
use twelve_factor_playground::sim::{panel::SimPanel, Sim};
use twelve_factor_playground::FacilitatorMode;

/// A small lesson with every kind of block (the real ones are fetched by the app).
fn sample_lesson() -> Lesson {
    let meta = twelve_factor_playground::content::entry("processes").unwrap().meta.clone();
    let t = |s: &'static str| Cow::Borrowed(s);
    Lesson {
        meta,
        blocks: Cow::Owned(vec![
            Block::Prose { html: t("<h2 id=\"the-idea\">The idea</h2><p>Keep no state in the process.</p>") },
            Block::Predict {
                question: t("What happens to carts?"),
                options: Cow::Owned(vec![t("Kept"), t("Lost")]),
                correct: 1,
                explain: t("They were in memory."),
            },
            Block::Sim { caption: None },
            Block::Challenge {
                goal: t("Restart without losing a cart."),
                checks: Cow::Owned(vec![Check { metric: t("restarts"), cmp: Cmp::Ge, value: 1 }, Check { metric: t("carts_lost"), cmp: Cmp::Eq, value: 0 }]),
                solve: Cow::Owned(vec![t("restart")]),
            },
            Block::Hint { html: t("<p>Look at the switch.</p>") },
            Block::Hint { html: t("<p>Pick the session store.</p>") },
            Block::Solution { html: t("<p>Switch, then restart.</p>") },
            Block::Facilitator { html: t("<p>Ask the room first.</p>") },
        ]),
    }
}
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    let el = root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"));
    el.unchecked_into::<web_sys::HtmlElement>().click();
}

fn attr(root: &web_sys::HtmlElement, selector: &str, name: &str) -> String {
    root.query_selector(selector).unwrap().unwrap().get_attribute(name).unwrap_or_default()
}

/// Mount a lesson's simulation panel; returns the container and the sim handle.
fn mount_panel(slug: &'static str) -> (web_sys::HtmlElement, Sim) {
    let root = container();
    let cell = Rc::new(Cell::new(None));
    let out = cell.clone();
    let scenario = Scenario::by_id(slug).unwrap();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        let sim = Sim::lesson(scenario, false, 1);
        out.set(Some(sim));
        view! { <SimPanel sim=sim slug=slug /> }
    });
    handle.forget();
    (root, cell.get().unwrap())
}

#[wasm_bindgen_test]
async fn violating_config_breaks_and_says_why() {
    let (root, sim) = mount_panel("config");
    assert_eq!(attr(&root, "[data-sim]", "data-sim-status"), "healthy");
    click(&root, "[data-sim-control=violate]");
    click(&root, "[data-sim-control=trigger]");
    sim.playing.set(false);
    sim.advance_steps(20 * TICK_HZ as u32);
    leptos::task::tick().await;
    assert_eq!(attr(&root, "[data-sim]", "data-sim-status"), "broken");
    let alert = root.query_selector("[role=alert]").unwrap().unwrap().text_content().unwrap();
    assert!(alert.contains("Staging wrote to the production database"), "{alert}");
    assert!(alert.contains("3. Config"), "{alert}");
    // The picture shows the failed node with its badge, and the table says it in words.
    let db = root.query_selector("[data-node=database]").unwrap().unwrap();
    assert!(db.get_attribute("class").unwrap().contains("status-broken"));
    assert!(root.query_selector(".state-table").unwrap().unwrap().text_content().unwrap().contains("broken"));
    click(&root, "[data-sim-control=reset]");
    leptos::task::tick().await;
    assert_eq!(attr(&root, "[data-sim]", "data-sim-status"), "healthy");
    assert_eq!(root.query_selector("[role=alert]").unwrap().unwrap().text_content().unwrap(), "No incident in this run.");
}

#[wasm_bindgen_test]
async fn compliant_config_survives_its_trigger() {
    let (root, sim) = mount_panel("config");
    click(&root, "[data-sim-control=trigger]");
    sim.advance_steps(20 * TICK_HZ as u32);
    leptos::task::tick().await;
    assert_ne!(attr(&root, "[data-sim]", "data-sim-status"), "broken");
    let served: u64 = root.query_selector(".counter.served dd").unwrap().unwrap().text_content().unwrap().parse().unwrap();
    assert!(served > 100, "traffic flows: {served}");
    let log = || root.query_selector(".log-lines").unwrap().unwrap().text_content().unwrap();
    assert!(log().contains("GET /checkout 200"), "{}", log());
    // Filtering by source shows only that source: the staging deploy's own lines.
    let select: web_sys::HtmlSelectElement = root.query_selector(".log select").unwrap().unwrap().unchecked_into();
    select.set_value("staging");
    // As a browser sends it: a change event bubbles (the panel listens for it once, above).
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    leptos::task::tick().await;
    let lines = root.query_selector_all(".log-lines li").unwrap();
    assert!(lines.length() > 0);
    for i in 0..lines.length() {
        let text = lines.item(i).unwrap().text_content().unwrap();
        assert!(text.contains("staging"), "{text}");
    }
}

#[wasm_bindgen_test]
async fn play_and_step_controls_drive_time() {
    let (root, sim) = mount_panel("logs");
    assert_eq!(sim.with_untracked(|w| w.tick()), 0);
    click(&root, "[data-sim-control=step]");
    leptos::task::tick().await;
    assert_eq!(sim.with_untracked(|w| w.tick()), TICK_HZ / 4, "a step is a quarter of a simulated second");
    assert!(attr(&root, "[data-sim]", "data-sim-tick") == (TICK_HZ / 4).to_string());
    // "Next event" runs on, paused, to the next thing that is not ordinary traffic.
    click(&root, "[data-sim-action=crash]");
    sim.playing.set(false);
    let before = sim.with_untracked(|w| w.tick());
    click(&root, "[data-sim-control=next-event]");
    leptos::task::tick().await;
    let after = sim.with_untracked(|w| w.tick());
    assert!(after > before && after < before + 5 * TICK_HZ, "stopped at the restart after the crash: {before} → {after}");
    assert!(!sim.playing.get_untracked());
    assert_eq!(attr(&root, "[data-sim-control=play]", "aria-pressed"), "false");
    click(&root, "[data-sim-control=play]");
    leptos::task::tick().await;
    assert_eq!(attr(&root, "[data-sim-control=play]", "aria-pressed"), "true");
    assert!(sim.playing.get_untracked());
}

#[wasm_bindgen_test]
async fn hints_reveal_one_at_a_time_and_facilitator_notes_hide() {
    let root = container();
    let lesson: &'static Lesson = Box::leak(Box::new(sample_lesson()));
    let facilitator = Rc::new(Cell::new(None));
    let f = facilitator.clone();
    let sim_cell = Rc::new(Cell::new(None));
    let sc = sim_cell.clone();
    leptos::mount::mount_to(root.clone(), move || {
        provide_context(ProgressStore { progress: RwSignal::new(Default::default()), notice: RwSignal::new(None) });
        let mode = RwSignal::new(false);
        f.set(Some(mode));
        provide_context(FacilitatorMode(mode));
        let sim = Sim::lesson(Scenario::by_id("processes").unwrap(), false, 1);
        sc.set(Some(sim));
        render_blocks(LessonCtx { lesson, slug: "processes", sim: Some(sim), share: Some(twelve_factor_playground::sim::panel::share_bar) })
    })
    .forget();
    let hints = || root.query_selector_all(".hint:not([hidden])").unwrap().length();
    assert_eq!(hints(), 0);
    click(&root, "[data-hint-next]");
    leptos::task::tick().await;
    assert_eq!(hints(), 1);
    click(&root, "[data-hint-next]");
    leptos::task::tick().await;
    assert_eq!(hints(), 2);
    assert!(root.query_selector(".facilitator").unwrap().is_none(), "notes hidden from learners");
    facilitator.get().unwrap().set(true);
    leptos::task::tick().await;
    assert!(root.query_selector(".facilitator").unwrap().is_some(), "notes shown to facilitators");
    assert!(root.query_selector(".predict").unwrap().is_some());
    assert_eq!(attr(&root, ".challenge", "data-challenge"), "open");
    // The challenge is checked live: restart in the twelve-factor way, let it settle.
    let sim = sim_cell.get().unwrap();
    sim.send(engine::Input::RestartAll);
    sim.playing.set(false);
    sim.advance_steps(4 * TICK_HZ as u32);
    leptos::task::tick().await;
    assert_eq!(attr(&root, ".challenge", "data-challenge-status"), "unmet", "conditions must hold for a while first");
    sim.advance_steps(6 * TICK_HZ as u32);
    leptos::task::tick().await;
    assert_eq!(attr(&root, ".challenge", "data-challenge"), "met");
    assert_eq!(attr(&root, ".challenge", "data-challenge-status"), "met");
}

#[wasm_bindgen_test]
fn unreadable_progress_is_kept_aside_and_reported() {
    let storage = window().local_storage().unwrap().unwrap();
    storage.set_item(KEY, "tfp1;compl").unwrap();
    let owner = Owner::new();
    owner.with(|| {
        let store = ProgressStore::load();
        assert!(store.progress.get_untracked().completed.is_empty());
        assert!(store.notice.get_untracked().unwrap().contains("could not be read"));
        assert_eq!(storage.get_item(CORRUPT_KEY).unwrap().as_deref(), Some("tfp1;compl"));
        assert_eq!(storage.get_item(KEY).unwrap(), None);
        store.update(|p| {
            p.completed.insert("logs".into());
        });
        assert!(storage.get_item(KEY).unwrap().unwrap().contains("logs"));
    });
    storage.clear().unwrap();
}
