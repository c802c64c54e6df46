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
use i18n::t;
use leptos::prelude::*;
use lessons::text::{challenge_note, describe};
use lessons::{Block, Check, Lesson};

/// Seconds of simulated time after the first event before a prediction is revealed.
const REVEAL_AFTER_S: u64 = 5;

/// Everything a lesson's blocks share. A reading lesson (`scenario: none`) has no simulation,
/// and none of the blocks that need one (the parser makes sure).
#[derive(Clone, Copy)]
pub struct LessonCtx {
    pub lesson: &'static Lesson,
    pub slug: &'static str,
    pub sim: Option<Sim>,
    /// The bar under the simulation, if it has one (see `sim::panel::share_bar`).
    pub share: Option<crate::sim::panel::ShareFn>,
}

/// What the interactive blocks share: the lesson and its simulation.
#[derive(Clone, Copy)]
struct Live {
    lesson: &'static Lesson,
    slug: &'static str,
    sim: Sim,
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
    // The blocks that need the simulation are left out of a lesson without one.
    let live = || ctx.sim.map(|sim| Live { lesson: ctx.lesson, slug: ctx.slug, sim });
    Some(match &blocks[index] {
        Block::Prose { html } => view! { <div class="prose" inner_html=html.as_ref()></div> }.into_any(),
        Block::Outcome { title, html } => view! { <Outcome sim=live()?.sim title=title html=html /> }.into_any(),
        Block::Predict { question, options, correct, explain } => {
            let options: Vec<&'static str> = options.iter().map(|o| o.as_ref()).collect();
            view! { <Prediction ctx=live()? question=question options=options correct=*correct explain=explain /> }.into_any()
        }
        Block::Sim { caption } => {
            let checks: &'static [Check] =
                blocks.iter().find_map(|b| if let Block::Challenge { checks, .. } = b { Some(checks.as_ref()) } else { None }).unwrap_or(&[]);
            let share = ctx.share;
            view! { <SimPanel sim=live()?.sim slug=ctx.slug caption=caption.as_deref().unwrap_or("") checks=checks share=share /> }.into_any()
        }
        Block::Challenge { goal, checks, .. } => view! { <Challenge ctx=live()? goal=goal checks=checks /> }.into_any(),
        Block::Hint { .. } => {
            if first_hint != Some(index) {
                return None;
            }
            let hints: Vec<&'static str> = blocks.iter().filter_map(|b| if let Block::Hint { html } = b { Some(html.as_ref()) } else { None }).collect();
            view! { <Hints hints=hints /> }.into_any()
        }
        Block::Solution { html } => view! { <Solution ctx=live()? html=html /> }.into_any(),
        Block::Facilitator { html } => {
            let mode = expect_context::<FacilitatorMode>().0;
            let html: &'static str = html;
            view! {
                <Show when=move || mode.get()>
                    <aside class="facilitator" aria-label=t!(FacilitatorNotes)>
                        <h3>{t!(FacilitatorNotes)}</h3>
                        <div inner_html=html></div>
                    </aside>
                </Show>
            }
            .into_any()
        }
        Block::Gist { .. } => return None,
        Block::Sidebar { title, html } => view! {
            <aside class="sidebar">
                <h3><span class="sidebar-kicker">{t!(SidebarKicker)}</span><span inner_html=title.as_ref()></span></h3>
                <div inner_html=html.as_ref()></div>
            </aside>
        }
        .into_any(),
    })
}

/// What just broke, and why: folded (so it does not tell the outcome before the learner has
/// seen it) until the learner has run the violating way; it can be opened any time.
#[component]
fn Outcome(sim: Sim, title: &'static str, html: &'static str) -> impl IntoView {
    let root = NodeRef::<leptos::html::Details>::new();
    Effect::new(move |_| {
        if let (true, Some(d)) = (sim.tried_violating.get(), root.get()) {
            d.set_open(true);
        }
    });
    view! {
        <details class="outcome prose" node_ref=root data-outcome>
            <summary><h2 inner_html=title></h2><span class="outcome-note">{t!(OutcomeNote)}</span></summary>
            <div inner_html=html></div>
        </details>
    }
}

/// The prediction: asked before the first run, answered after it (a few simulated seconds
/// after the learner's first event the violating way, or on request). Its view follows two
/// signals: the learner's choice, and the verdict, the choice as it stood when the answer was
/// revealed.
#[component]
fn Prediction(ctx: Live, question: &'static str, options: Vec<&'static str>, correct: u8, explain: &'static str) -> impl IntoView {
    let sim = ctx.sim;
    let correct = usize::from(correct);
    let choice = StoredValue::new(None::<usize>);
    // `Some(choice at the reveal)` once revealed.
    let verdict = RwSignal::new(None::<Option<usize>>);
    let asked = RwSignal::new(false);
    let first_event = StoredValue::new(None::<u64>);
    let reveal = move || verdict.set(Some(choice.get_value()));
    Effect::new(move |_| {
        if verdict.with_untracked(Option::is_some) {
            return;
        }
        // Predictions are about the violating way: answered once the learner has seen it.
        let (events, tick) = sim.with(|w| (w.counters().actions, w.tick()));
        if events == 0 || !sim.tried_violating.get() || !sim.is_violating_untracked() {
            first_event.set_value(None);
            return;
        }
        let first = *first_event.get_value().get_or_insert(tick);
        first_event.set_value(Some(first));
        if tick.saturating_sub(first) >= REVEAL_AFTER_S * TICK_HZ {
            reveal();
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
            let is_correct = move || verdict.with(Option::is_some) && i == correct;
            let is_wrong = move || verdict.get() == Some(Some(i)) && i != correct;
            view! {
                <li>
                    <label class="option" class:correct=is_correct class:wrong=is_wrong>
                        <input type="radio" name=name.clone() value=i.to_string() on:change=move |_| choice.set_value(Some(i)) />
                        <span inner_html=o></span>
                        // Room for the mark is kept from the start, so marking moves nothing.
                        <span class="mark">{t!(PredictMark)}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    // The hint line until the answer is revealed; then, in its room (so nothing below moves
    // while the learner watches), the verdict and the explanation, folded unless asked for.
    // `explain` is HTML from our own Markdown, made at build time.
    let hint_line = view! {
        <p class="hint-line" hidden=move || verdict.with(Option::is_some)>
            {t!(PredictHint)}
            <button type="button" class="link-button" on:click=move |_| { asked.set(true); reveal(); }>{t!(PredictShow)}</button>
        </p>
    };
    let explained = move || {
        verdict.get().map(|chosen| {
            let said = match chosen {
                Some(c) if c == correct => t!(PredictRight),
                Some(_) => t!(PredictWrong),
                None => String::new(),
            };
            view! {
                <details class="explain" open=asked.get_untracked()>
                    <summary><strong>{said}</strong>{t!(PredictWhy)}</summary>
                    <p inner_html=explain></p>
                </details>
            }
        })
    };
    view! {
        <section class="predict" aria-labelledby=heading_ref data-predict=move || if verdict.with(Option::is_some) { "revealed" } else { "open" }>
            <h3 id=heading>{t!(PredictHeading)}</h3>
            <p inner_html=question></p>
            <ul class="options">{items}</ul>
            <div class="predict-out" aria-live="polite">{hint_line}{explained}</div>
        </section>
    }
}

/// How the challenge stands in the current run.
#[derive(Clone, PartialEq)]
struct Standing {
    /// Which conditions hold now.
    holds: Vec<bool>,
    /// Met in this run.
    met_now: bool,
    /// Met in this run or before.
    met: bool,
    /// What the status line says.
    text: String,
}

/// The challenge, checked live against the current run. Its goal is met once every
/// condition has held for `plan::HOLD_S` simulated seconds (the content tests judge the same
/// way); meeting it saves the challenge and completes the lesson. The view follows one
/// memo of how it stands, which changes only when a mark or the status line does.
#[component]
fn Challenge(ctx: Live, goal: &'static str, checks: &'static [Check]) -> impl IntoView {
    let sim = ctx.sim;
    let store = expect_context::<ProgressStore>();
    let slug = ctx.slug;
    let hold = StoredValue::new((0u32, engine::plan::Hold::default()));
    let standing = Memo::new(move |_| {
        let run = sim.run.get();
        let (holds, tick) = sim.with(|w| (checks.iter().map(|c| c.holds(|m| w.metric(m))).collect::<Vec<bool>>(), w.tick()));
        let all = holds.iter().all(|b| *b);
        // A fresh run (reset, or the switch flipped) is judged from scratch.
        if hold.with_value(|(r, _)| *r != run) {
            hold.set_value((run, engine::plan::Hold::default()));
        }
        let (met_now, to_go) = hold.try_update_value(|(_, h)| (h.observe(tick, all), h.to_go(tick))).unwrap_or((false, None));
        let met_before = store.progress.with_untracked(|p| p.challenges.contains(slug));
        let text = match (met_now, met_before, to_go) {
            (true, _, _) => t!(ChallengeMet),
            (_, _, Some(s)) => t!(ChallengeHolding, seconds = s),
            (_, true, None) => t!(ChallengeMetBefore),
            _ => t!(ChallengeNotMet),
        };
        Standing { holds, met_now, met: met_now || met_before, text }
    });
    // Meeting it saves it, once; the panel beside the picture shows the same marks.
    Effect::new(move |_| {
        let Standing { holds, met_now, text, .. } = standing.get();
        if met_now && !store.progress.with_untracked(|p| p.challenges.contains(slug)) {
            store.update(|p| {
                p.challenges.insert(slug.to_string());
                p.completed.insert(slug.to_string());
            });
        }
        sim.goal.set((holds, text));
    });
    let rows = checks
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let ok = move || standing.with(|s| s.holds.get(i).copied().unwrap_or(false));
            view! {
                <li class=move || if ok() { "ok" } else { "not-yet" }>
                    <span class="mark" aria-hidden="true">{move || if ok() { "✓ " } else { "○ " }}</span>
                    {describe(c)}
                    <span class="visually-hidden">{move || if ok() { t!(ConditionHolds) } else { t!(ConditionNotYet) }}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section
            class="challenge"
            data-challenge=move || if standing.with(|s| s.met) { "met" } else { "open" }
            data-challenge-status=move || if standing.with(|s| s.met_now) { "met" } else { "unmet" }
            aria-labelledby="challenge-title"
        >
            <h3 id="challenge-title">{t!(ChallengeHeading)}</h3>
            <p class="goal" inner_html=goal></p>
            <p class="challenge-note">{challenge_note()}</p>
            <ul class="conditions">{rows}</ul>
            <p class="challenge-status" aria-live="polite">{move || standing.with(|s| s.text.clone())}</p>
        </section>
    }
}

/// Graduated hints, revealed one at a time: all are in the page, hidden until asked for.
#[component]
fn Hints(hints: Vec<&'static str>) -> impl IntoView {
    let total = hints.len();
    let shown = RwSignal::new(0usize);
    let items = hints
        .into_iter()
        .enumerate()
        .map(|(i, h)| {
            let hidden = move || shown.get() <= i;
            view! { <li class="hint" hidden=hidden><span class="hint-n">{t!(HintNumber, n = i + 1, total = total)}</span><div inner_html=h></div></li> }
        })
        .collect_view();
    let all_shown = move || shown.get() >= total;
    let label = move || match shown.get() {
        0 => t!(HintFirst, total = total),
        n => t!(HintNext, n = n + 1, total = total),
    };
    view! {
        <section class="hints" aria-label=t!(HintsLabel)>
            <ol aria-live="polite">{items}</ol>
            <button type="button" data-hint-next hidden=all_shown on:click=move |_| shown.update(|n| *n += 1)>{label}</button>
        </section>
    }
}

/// The worked solution, and a replay of it in the simulation.
#[component]
fn Solution(ctx: Live, html: &'static str) -> impl IntoView {
    let sim = ctx.sim;
    // The same timed plan the content verifier replays (the build has checked it parses).
    let solve: Vec<(u64, Input)> = ctx
        .lesson
        .blocks
        .iter()
        .find_map(|b| if let Block::Challenge { solve, .. } = b { engine::plan::schedule(solve).ok() } else { None })
        .unwrap_or_default();
    let replay = move |_| {
        sim.set_violating(false);
        sim.replay(&solve);
        if let Some(el) = document().query_selector("section.sim").ok().flatten() {
            el.scroll_into_view();
        }
    };
    view! {
        <details class="solution">
            <summary>{t!(SolutionShow)}</summary>
            <div inner_html=html></div>
            <button type="button" data-solution-replay on:click=replay>{t!(SolutionReplay)}</button>
        </details>
    }
}
