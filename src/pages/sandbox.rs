//! `/sandbox`: one app with all twelve switches, every kind of trouble, a chaos monkey, and a
//! scorecard of what survived and what broke, per factor, with an incident timeline.

use crate::a11y::unique_id;
use crate::pages::kit::{restore_shared, Notices};
use crate::sim::panel::{Live, Playback, ShareBar};
use crate::sim::render::{esc, seconds_arg};
use crate::sim::DEFAULT_SEED;
use crate::sim::{Setup, Sim};
use engine::chaos::{Moment, Outcome};
use engine::{legacy_preset, Factor, Input, Practice, Practices, Rng};
use i18n::t;
use leptos::html;
use leptos::prelude::*;
use std::fmt::Write;

/// Seconds between the monkey's events are set in the engine; this is its seed's salt.
const MONKEY_SALT: u64 = 0x6d6f_6e6b_6579;

/// The sandbox page's island: its static page has the introduction (see
/// `crates/lessons/src/site/practice.rs`).
pub fn islands() -> crate::pages::islands::Islands {
    Box::new(|kind, el| {
        if kind == "sandbox" {
            crate::pages::islands::mount(el, Sandbox);
        }
    })
}

/// The sandbox: the switches, the trouble, the deployment and the scorecard.
#[component]
pub fn Sandbox() -> impl IntoView {
    let sim = Sim::new(Setup::Sandbox, legacy_preset(), DEFAULT_SEED);
    let notices = restore_shared(sim, true);
    let monkey = RwSignal::new(false);
    let set = move |p: Practices| {
        monkey.set(false);
        sim.set_practices(p);
    };
    let random = move |_| {
        let mut rng = Rng::new(sim.seed.get_untracked() ^ sim.frame.get_untracked().wrapping_mul(0x9e37_79b9));
        set(Practices::from_bits(rng.below(4096) as u16));
    };
    let switches = Factor::ALL
        .iter()
        .map(|&f| {
            let id = unique_id("switch");
            let honoured = Memo::new(move |_| !sim.practices.get().violates(f));
            let toggle = move |_| {
                let mut p = sim.practices.get_untracked();
                p.set(f, if p.violates(f) { Practice::Compliant } else { Practice::Violating });
                set(p);
            };
            view! {
                <li class="switch" class:violated=move || !honoured.get()>
                    <input type="checkbox" id=id.clone() data-sim-control="factor" data-factor=f.slug() prop:checked=move || honoured.get() on:change=toggle />
                    <label for=id>
                        <span class="switch-name">{lessons::text::factor_name(f)}</span>
                        <span class="switch-state">{move || if honoured.get() { t!(PracticeSwitchCompliant) } else { t!(PracticeSwitchViolated) }}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let events = Input::EVENTS
        .iter()
        .map(|&input| view! { <button type="button" class="event" data-sim-control="trigger" data-sim-action=input.code() on:click=move |_| sim.send(input)>{lessons::words::event(input)}</button> })
        .collect_view();
    let toggle_monkey = move |_| {
        let on = !monkey.get_untracked();
        monkey.set(on);
        let seed = sim.seed.get_untracked() ^ MONKEY_SALT ^ sim.with_untracked(|w| w.tick());
        sim.update_run(|r| r.set_monkey(on.then_some(seed)));
        if on {
            sim.playing.set(true);
        }
    };
    // A fresh run (switch, preset, reset) has no monkey.
    Effect::new(move |_| {
        sim.run.track();
        monkey.set(false);
    });
    view! {
            <Notices notices=notices />
            <section class="sim" data-sim="sandbox" data-sim-status="healthy" data-sim-tick="0" aria-labelledby="sandbox-sim-title">
                <h2 class="sim-title" id="sandbox-sim-title">{t!(SandboxSimTitle)}</h2>
                <div class="sim-controls">
                    <div class="presets" role="group" aria-label=t!(SandboxPresets)>
                        <button type="button" data-sim-control="comply" on:click=move |_| set(Practices::all_compliant())>{t!(SandboxPresetGood)}</button>
                        <button type="button" data-sim-control="violate" on:click=move |_| set(legacy_preset())>{t!(SandboxPresetLegacy)}</button>
                        <button type="button" data-sim-control="random" on:click=random>{t!(SandboxPresetRandom)}</button>
                    </div>
                    <fieldset class="switches">
                        <legend>{t!(SandboxSwitches)}</legend>
                        <ul>{switches}</ul>
                    </fieldset>
                    <div class="events" role="group" aria-label=t!(SandboxTrouble)>{events}</div>
                    <div class="playback-row">
                        <Playback sim=sim />
                        <button type="button" data-sim-control="chaos" aria-pressed=move || monkey.get().to_string() on:click=toggle_monkey>
                            {move || if monkey.get() { t!(SandboxMonkeyStop) } else { t!(SandboxMonkeyStart) }}
                        </button>
                    </div>
                </div>
                <Live sim=sim log_heading_h3=true label=t!(SandboxDeployment) />
                <ShareBar sim=sim path="/sandbox/".to_string() />
            </section>
            <Scorecard sim=sim />
    }
}

/// Per factor, what the run's events did; and the incident timeline.
#[component]
fn Scorecard(sim: Sim) -> impl IntoView {
    let card = NodeRef::<html::Tbody>::new();
    let timeline = NodeRef::<html::Ol>::new();
    let summary = NodeRef::<html::P>::new();
    let base = crate::url("");
    let last = StoredValue::new_local((String::new(), String::new(), String::new()));
    // Recomputed only when something it shows can have changed (not every frame).
    let seen = StoredValue::new_local(None::<engine::chaos::ScoreKey>);
    Effect::new(move |_| {
        let (Some(card), Some(timeline), Some(summary)) = (card.get(), timeline.get(), summary.get()) else { return };
        let key = sim.with_run(|r| r.score_key());
        if seen.get_value() == Some(key) {
            return;
        }
        seen.set_value(Some(key));
        let (rows, moments, said) = sim.with_run(|r| {
            let score = r.scorecard();
            let events = r.history().count();
            let broken: Vec<String> = score.iter().filter(|s| s.broken_by().count() > 0).map(|s| lessons::text::factor_title(s.factor)).collect();
            let said = if events == 0 {
                t!(SandboxScoreNone)
            } else if broken.is_empty() {
                t!(SandboxScoreSurvived, events = events)
            } else {
                let breaking = (0..events).filter(|&i| score.iter().any(|s| s.outcomes[i].1 != Outcome::Survived)).count();
                t!(SandboxScoreBroke, breaking = breaking, events = events, factors = &broken.join(", "))
            };
            let mut rows = String::new();
            for s in &score {
                let broke: Vec<String> = s.broken_by().map(|(i, r, n)| format!("<li>✕ {}: {} ({n}×)</li>", esc(&lessons::words::event(i)), esc(&lessons::words::headline(r)))).collect();
                let survived = s.outcomes.iter().filter(|(_, o)| *o == Outcome::Survived).count();
                let state = if broke.is_empty() { "ok" } else { "broke" };
                let _ = write!(
                    rows,
                    r#"<tr class="score-{state}" data-factor="{slug}"><th scope="row"><a href="{base}{path}">{n}. {title}</a></th><td>{way}</td><td>{survived_text}</td><td>{broke_text}</td></tr>"#,
                    slug = s.factor.slug(),
                    path = crate::router::Route::Lesson(s.factor.slug()).path(),
                    n = s.factor.number(),
                    title = esc(&lessons::text::factor_title(s.factor)),
                    way = esc(&if s.violated { t!(PracticeSwitchViolated) } else { t!(SandboxWayCompliant) }),
                    // A tick beside a factor that broke would read as "fine": say the count plainly.
                    survived_text = match (events, broke.is_empty()) {
                        (0, _) => "–".to_string(),
                        (_, true) => format!("✓ {}", esc(&t!(SandboxEventsSurvived, survived = survived, events = events))),
                        (_, false) => esc(&t!(SandboxEventsSurvived, survived = survived, events = events)),
                    },
                    broke_text = if broke.is_empty() { esc(&t!(SandboxBrokeNothing)) } else { format!("<ul>{}</ul>", broke.concat()) },
                );
            }
            let mut moments = String::new();
            // In time order, so a consequence reads after its cause (the newest 80 moments).
            let all = r.timeline();
            for m in all.iter().skip(all.len().saturating_sub(80)) {
                match m {
                    Moment::Event { tick, input, by_monkey } => {
                        let who = if *by_monkey { "🐒".to_string() } else { esc(&t!(SandboxTimelineYou)) };
                        let _ = write!(
                            moments,
                            r#"<li class="moment-event"><span class="t">{}</span> {who} {}</li>"#,
                            esc(&t!(PracticeTime, seconds = seconds_arg(*tick))),
                            esc(&lessons::words::event(*input))
                        );
                    }
                    Moment::Failure { after, reason, count } => {
                        let said = match reason.factor() {
                            Some(f) => t!(
                                SandboxTimelineFailureFactor,
                                event = &lessons::words::event(*after),
                                reason = &lessons::words::headline(*reason),
                                factor = &lessons::text::factor_name(f),
                                count = *count
                            ),
                            None => t!(SandboxTimelineFailure, event = &lessons::words::event(*after), reason = &lessons::words::headline(*reason), count = *count),
                        };
                        let _ = write!(moments, r#"<li class="moment-failure">{}</li>"#, esc(&said));
                    }
                }
            }
            (rows, moments, said)
        });
        last.update_value(|(r, m, s)| {
            if *r != rows {
                card.set_inner_html(&rows);
                *r = rows;
            }
            if *m != moments {
                timeline.set_inner_html(&moments);
                *m = moments;
            }
            if *s != said {
                summary.set_text_content(Some(&said));
                *s = said;
            }
        });
    });
    view! {
        <section class="scorecard" aria-labelledby="scorecard-title">
            <h2 id="scorecard-title">{t!(SandboxScorecard)}</h2>
            <p class="score-summary" node_ref=summary aria-live="polite"></p>
            <div class="table-wrap" tabindex="0" role="group" aria-label=t!(SandboxScorecardTable)>
                <table>
                    <thead><tr><th scope="col">{t!(SandboxColFactor)}</th><th scope="col">{t!(SandboxColRun)}</th><th scope="col">{t!(SandboxColSurvived)}</th><th scope="col">{t!(SandboxColBrokenBy)}</th></tr></thead>
                    <tbody node_ref=card></tbody>
                </table>
            </div>
            <h2>{t!(SandboxTimeline)}</h2>
            <ol class="timeline" node_ref=timeline aria-label=t!(SandboxTimelineLabel)></ol>
        </section>
    }
}
