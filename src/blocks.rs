//! How each typed lesson block appears: prose, the prediction, the simulation, the
//! challenge with its live check, graduated hints, the solution, facilitator notes and
//! sidebars. Prose HTML comes only from our own Markdown, rendered at build time with raw
//! HTML escaped.

use crate::a11y::unique_id;
use crate::progress::ProgressStore;
use crate::sim::panel::SimPanel;
use crate::sim::Sim;
use crate::FacilitatorMode;
use engine::{Input, TICK_HZ};
use leptos::prelude::*;
use lessons::{Block, Check, Cmp, Lesson};

/// Seconds of simulated time after the first event before a prediction is revealed.
const REVEAL_AFTER_S: u64 = 5;

/// Everything a lesson's blocks share.
#[derive(Clone, Copy)]
pub struct LessonCtx {
    pub lesson: &'static Lesson,
    pub slug: &'static str,
    pub sim: Sim,
}

/// Render a lesson's blocks in order. Hints are gathered into one widget where the first
/// appears, so they can be revealed one at a time.
pub fn render_blocks(ctx: LessonCtx) -> impl IntoView {
    (0..ctx.lesson.blocks.len()).filter_map(|i| block_view(ctx, i)).collect_view()
}

/// One block's view; `None` for hints after the first (the first shows them all, one at a time).
pub fn block_view(ctx: LessonCtx, index: usize) -> Option<AnyView> {
    let blocks: &'static [Block] = &ctx.lesson.blocks;
    let first_hint = blocks.iter().position(|b| matches!(b, Block::Hint { .. }));
    Some(match &blocks[index] {
        Block::Prose { html } => view! { <div class="prose" inner_html=html.as_ref()></div> }.into_any(),
        Block::Predict { question, options, correct, explain } => {
            let options: Vec<&'static str> = options.iter().map(|o| o.as_ref()).collect();
            view! { <Prediction ctx=ctx question=question options=options correct=*correct explain=explain /> }.into_any()
        }
        Block::Sim { caption } => view! { <SimPanel sim=ctx.sim slug=ctx.slug caption=caption.as_deref().unwrap_or("") /> }.into_any(),
        Block::Challenge { goal, checks, .. } => view! { <Challenge ctx=ctx goal=goal checks=checks /> }.into_any(),
        Block::Hint { .. } => {
            if first_hint != Some(index) {
                return None;
            }
            let hints: Vec<&'static str> = blocks.iter().filter_map(|b| if let Block::Hint { html } = b { Some(html.as_ref()) } else { None }).collect();
            view! { <Hints hints=hints /> }.into_any()
        }
        Block::Solution { html } => view! { <Solution ctx=ctx html=html /> }.into_any(),
        Block::Facilitator { html } => {
            let mode = expect_context::<FacilitatorMode>().0;
            let html: &'static str = html;
            view! {
                <Show when=move || mode.get()>
                    <aside class="facilitator" aria-label="Facilitator notes">
                        <h3>"Facilitator notes"</h3>
                        <div inner_html=html></div>
                    </aside>
                </Show>
            }
            .into_any()
        }
        Block::Sidebar { title, html } => view! {
            <aside class="sidebar">
                <h3><span class="sidebar-kicker">"Since then: "</span><span inner_html=title.as_ref()></span></h3>
                <div inner_html=html.as_ref()></div>
            </aside>
        }
        .into_any(),
    })
}

/// The prediction: asked before the first run, answered after it.
#[component]
fn Prediction(ctx: LessonCtx, question: &'static str, options: Vec<&'static str>, correct: u8, explain: &'static str) -> impl IntoView {
    let sim = ctx.sim;
    let choice = RwSignal::new(None::<usize>);
    let revealed = RwSignal::new(false);
    let first_event = StoredValue::new(None::<u64>);
    // Reveal a few simulated seconds after the learner first sends an event.
    Effect::new(move |_| {
        if revealed.get_untracked() {
            return;
        }
        let (events, tick) = sim.with(|w| (w.counters().actions, w.tick()));
        if events == 0 {
            first_event.set_value(None);
            return;
        }
        let first = *first_event.get_value().get_or_insert(tick);
        first_event.set_value(Some(first));
        if tick.saturating_sub(first) >= REVEAL_AFTER_S * TICK_HZ {
            revealed.set(true);
        }
    });
    let name = unique_id("predict");
    let heading = unique_id("predict-title");
    let heading_ref = heading.clone();
    let items = options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let o: &'static str = o;
            view! {
                <li>
                    <label class=move || {
                        let mut c = String::from("option");
                        if revealed.get() && i == usize::from(correct) { c.push_str(" correct"); }
                        if revealed.get() && choice.get() == Some(i) && i != usize::from(correct) { c.push_str(" wrong"); }
                        c
                    }>
                        <input type="radio" name=name.clone() value=i.to_string() on:change=move |_| choice.set(Some(i)) />
                        <span inner_html=o></span>
                        <span class="mark">{move || if revealed.get() && i == usize::from(correct) { " ✓ the answer" } else { "" }}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="predict" aria-labelledby=heading_ref data-predict=move || if revealed.get() { "revealed" } else { "open" }>
            <h3 id=heading>"Predict first"</h3>
            <p inner_html=question></p>
            <ul class="options">{items}</ul>
            <div aria-live="polite">
                {move || if revealed.get() {
                    let verdict = match choice.get() {
                        Some(c) if c == usize::from(correct) => "You predicted it. ",
                        Some(_) => "Not what you predicted. ",
                        None => "",
                    };
                    view! { <p class="explain"><strong>{verdict}</strong><span inner_html=explain></span></p> }.into_any()
                } else {
                    view! {
                        <p class="hint-line">
                            "Pick an answer, then run the simulation below; the answer appears once you have seen it. "
                            <button type="button" class="link-button" on:click=move |_| revealed.set(true)>"Just show me the answer"</button>
                        </p>
                    }.into_any()
                }}
            </div>
        </section>
    }
}

/// Words for a challenge condition.
pub fn describe(check: &Check) -> String {
    let name = match check.metric.as_ref() {
        "compliant" => return if check.holds(|_| Some(1)) { "the switch is on the twelve-factor way".into() } else { "the switch is on the violating way".into() },
        "broken" => return if check.holds(|_| Some(0)) { "nothing breaks".into() } else { "the deployment breaks".into() },
        "triggered" => "events sent",
        "served" => "requests served",
        "failed" => "failed requests",
        "dropped" => "dropped requests",
        "web" => "web instances running",
        "workers" => "workers running",
        "seconds" => "simulated seconds",
        "deploys" => "deploys",
        "restarts" => "restarts",
        "rollbacks" => "rollbacks",
        "migrations" => "migrations",
        "laptops" => "laptops set up",
        "carts_lost" => "carts lost",
        "jobs_lost" => "jobs lost",
        "jobs_done" => "jobs done",
        "logs_lost" => "log lines lost",
        "staging_writes_to_prod" => "staging writes to production",
        other => other,
    };
    let op = match check.cmp {
        Cmp::Eq => "=",
        Cmp::Ne => "≠",
        Cmp::Ge => "≥",
        Cmp::Le => "≤",
        Cmp::Gt => ">",
        Cmp::Lt => "<",
    };
    format!("{name} {op} {}", check.value)
}

/// The challenge, checked live against the current run; once met, it is saved.
#[component]
fn Challenge(ctx: LessonCtx, goal: &'static str, checks: &'static [Check]) -> impl IntoView {
    let sim = ctx.sim;
    let store = expect_context::<ProgressStore>();
    let slug = ctx.slug;
    let states = Memo::new(move |_| sim.with(|w| checks.iter().map(|c| c.holds(|m| w.metric(m))).collect::<Vec<bool>>()));
    let met_now = Memo::new(move |_| states.with(|s| s.iter().all(|b| *b)));
    let met_before = Memo::new(move |_| store.progress.with(|p| p.challenges.contains(slug)));
    Effect::new(move |_| {
        if met_now.get() && !met_before.get_untracked() {
            store.update(|p| {
                p.challenges.insert(slug.to_string());
            });
        }
    });
    let rows = checks
        .iter()
        .enumerate()
        .map(|(i, c)| {
            view! {
                <li class=move || if states.with(|s| s[i]) { "ok" } else { "not-yet" }>
                    <span aria-hidden="true">{move || if states.with(|s| s[i]) { "✓ " } else { "○ " }}</span>
                    {describe(c)}
                    <span class="visually-hidden">{move || if states.with(|s| s[i]) { " (holds)" } else { " (not yet)" }}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="challenge" data-challenge=move || if met_now.get() || met_before.get() { "met" } else { "open" } aria-labelledby="challenge-title">
            <h3 id="challenge-title">"Your challenge"</h3>
            <p class="goal" inner_html=goal></p>
            <p class="challenge-note">"Checked live against the simulation above, on the current run (flipping the switch or resetting starts a new run)."</p>
            <ul class="conditions">{rows}</ul>
            <p class="challenge-status" aria-live="polite">
                {move || if met_now.get() {
                    "✓ Challenge met in this run. Well done."
                } else if met_before.get() {
                    "✓ You met this challenge before. Try it again any time."
                } else {
                    "Not met yet."
                }}
            </p>
        </section>
    }
}

/// Graduated hints, revealed one at a time.
#[component]
fn Hints(hints: Vec<&'static str>) -> impl IntoView {
    let shown = RwSignal::new(0usize);
    let total = hints.len();
    let items = hints
        .into_iter()
        .enumerate()
        .map(|(i, h)| {
            view! {
                <Show when=move || { shown.get() > i }>
                    <li class="hint"><span class="hint-n">{format!("Hint {} of {total}", i + 1)}</span><div inner_html=h></div></li>
                </Show>
            }
        })
        .collect_view();
    view! {
        <section class="hints" aria-label="Hints">
            <ol aria-live="polite">{items}</ol>
            <Show when=move || { shown.get() < total }>
                <button type="button" data-hint-next on:click=move |_| shown.update(|n| *n += 1)>
                    {move || if shown.get() == 0 { format!("Show a hint (1 of {total})") } else { format!("Show the next hint ({} of {total})", shown.get() + 1) }}
                </button>
            </Show>
        </section>
    }
}

/// The worked solution, and a replay of it in the simulation.
#[component]
fn Solution(ctx: LessonCtx, html: &'static str) -> impl IntoView {
    let sim = ctx.sim;
    let solve: Vec<Input> = ctx
        .lesson
        .blocks
        .iter()
        .find_map(|b| if let Block::Challenge { solve, .. } = b { Some(solve.iter().filter_map(|c| Input::from_code(c)).collect()) } else { None })
        .unwrap_or_default();
    let replay = move |_| {
        sim.set_violating(false);
        sim.replay(&solve, lessons_verify_gap());
        if let Some(el) = document().query_selector("[data-sim]").ok().flatten() {
            el.scroll_into_view();
        }
    };
    view! {
        <details class="solution">
            <summary>"Show the solution"</summary>
            <div inner_html=html></div>
            <button type="button" data-solution-replay on:click=replay>"▶ Replay the solution in the simulation"</button>
        </details>
    }
}

/// Seconds between events in a solution replay; the same spacing the content tests use.
fn lessons_verify_gap() -> u64 {
    6
}
