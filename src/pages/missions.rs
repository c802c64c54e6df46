//! `/missions/` and `/missions/<id>/`: plan which factors to fix before production throws its
//! forecast at the app, within a budget of changes; then watch the run. The same plan is the
//! same run (see [`engine::mission`]), and `?plan=` in the address replays an attempt.

use crate::progress::ProgressStore;
use crate::sim::panel::{Live, Playback};
use crate::sim::render::{esc, seconds_arg};
use crate::sim::{Setup, Sim};
use engine::mission::{Mission, Outcome, MISSIONS};
use engine::Factor;
use i18n::t;
use leptos::prelude::*;
use lessons::text::{self, stars};

/// The plan in an address (`?plan=codebase,config`): the switches changed. Unknown slugs and
/// a plan the mission does not allow are reported, never fatal.
pub fn parse_plan(m: &Mission, query: &str) -> (Vec<Factor>, Option<String>) {
    let Some(list) = query.trim_start_matches('?').split('&').find_map(|p| p.strip_prefix("plan=")) else { return (Vec::new(), None) };
    let mut plan = Vec::new();
    for slug in list.split(',').filter(|s| !s.is_empty()) {
        match Factor::from_slug(slug) {
            Some(f) if !plan.contains(&f) => plan.push(f),
            Some(_) => {}
            None => return (Vec::new(), Some(t!(MissionPlanUnknownFactor))),
        }
    }
    match m.plan(&plan) {
        Ok(_) => (plan, None),
        Err(e) => (Vec::new(), Some(t!(MissionPlanRefused, why = &lessons::words::plan_error(e)))),
    }
}

/// The islands of the missions and drills pages (one bundle): the mission list, a mission
/// and a drill. Their static pages have the introductions (see
/// `crates/lessons/src/site/practice.rs`).
pub fn islands() -> crate::pages::islands::Islands {
    Box::new(|kind, el| match kind {
        "missions" => crate::pages::islands::mount(el, MissionList),
        "mission" => match el.get_attribute("data-mission").as_deref().and_then(Mission::by_id) {
            Some(m) => crate::pages::islands::mount(el, move || view! { <Play m=m /> }),
            None => crate::pages::islands::show_failure(&t!(MissionMissing)),
        },
        "drill" => crate::pages::islands::mount(el, crate::pages::drills::Drills),
        _ => {}
    })
}

/// `/missions/`: the list, with the best stars won.
#[component]
pub fn MissionList() -> impl IntoView {
    let store = use_context::<ProgressStore>();
    let items = MISSIONS
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let best = move || store.map_or(0, |s| s.progress.with(|p| p.mission_stars(m.id)));
            view! {
                <li class="mission-card" data-mission=m.id>
                    <h2><a href=crate::url(&format!("/missions/{}/", m.id))>{format!("{}. {}", i + 1, lessons::words::mission(m).0)}</a></h2>
                    <p>{lessons::words::mission(m).1}</p>
                    <p class="mission-meta">
                        {text::mission_meta(m)}
                        <span class="mission-best">" · "<span class="mission-stars" aria-label=move || text::stars_label(best())>{move || stars(best())}</span></span>
                    </p>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="mission-list">{items}</ol> }
}

/// `/missions/<id>/`: the plan, the run and its outcome.
#[component]
fn Play(m: &'static Mission) -> impl IntoView {
    let (plan0, note) = parse_plan(m, &window().location().search().unwrap_or_default());
    // A link with a plan replays that attempt; a bad plan is reported and not played.
    let replay = note.is_none() && window().location().search().unwrap_or_default().contains("plan=");
    let plan = RwSignal::new(plan0);
    let practices = move || m.plan(&plan.get()).unwrap_or_else(|_| m.start());
    let sim = Sim::new(Setup::Sandbox, m.start(), m.seed);
    sim.set_forecast(m.events());
    sim.rewind_to(practices(), 0);
    // The outcome belongs to one run (`sim.run` counts runs): a new run has none yet.
    let judged = RwSignal::new(None::<(u32, Outcome)>);
    let outcome = Memo::new(move |_| judged.get().filter(|(run, _)| *run == sim.run.get()).map(|(_, o)| o));
    let started = RwSignal::new(false);
    let store = use_context::<ProgressStore>();
    let restart = move |play: bool| {
        sim.rewind_to(practices(), 0);
        started.set(play);
        sim.playing.set(play);
    };
    // Judge as the run goes: lost the moment the goal can no longer hold, won at the end.
    Effect::new(move |_| {
        let run = sim.run.get();
        let tick = sim.with(|w| w.tick());
        if judged.with_untracked(|j| j.as_ref().is_some_and(|(r, _)| *r == run)) {
            return;
        }
        let (lost, o) = sim.with_run(|r| (m.lost_already(r), m.judge(r, plan.with_untracked(Vec::len))));
        if lost || tick >= m.end_tick() {
            sim.playing.set(false);
            if o.won {
                if let Some(s) = store {
                    s.update(|p| p.record_mission(m.id, o.stars));
                }
            }
            judged.set(Some((run, o)));
        }
    });
    // A shared attempt replays to its end at once.
    if replay {
        sim.rewind_to(practices(), m.end_tick());
        started.set(true);
    }
    let switches = Factor::ALL
        .iter()
        .map(|&f| {
            let id = crate::a11y::unique_id("plan");
            let locked = m.locked.contains(&f);
            let changed = move || plan.with(|p| p.contains(&f));
            let honoured = move || !practices().violates(f);
            let full = move || plan.with(Vec::len) >= m.budget;
            let toggle = move |_| {
                plan.update(|p| {
                    if let Some(i) = p.iter().position(|x| *x == f) {
                        p.remove(i);
                    } else {
                        p.push(f);
                    }
                });
                restart(false);
            };
            view! {
                <li class="switch" class:violated=move || !honoured() class:changed=changed>
                    <input type="checkbox" id=id.clone() data-sim-control="factor" data-factor=f.slug() prop:checked=honoured
                        disabled=move || locked || (full() && !changed()) on:change=toggle />
                    <label for=id>
                        <span class="switch-name">{lessons::text::factor_name(f)}</span>
                        <span class="switch-state">{move || match (locked, honoured()) {
                            (true, _) => t!(MissionSwitchLocked),
                            (false, true) => t!(PracticeSwitchCompliant),
                            (false, false) => t!(PracticeSwitchViolated),
                        }}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let status = move || match outcome.get() {
        Some(o) if o.won => "won",
        Some(_) => "lost",
        None => "playing",
    };
    let start = move |_| restart(true);
    let again = move |_| restart(true);
    let events = m.events();
    let rewind = move |_| {
        // Back to the moment of the latest forecast event already past, paused.
        let now = sim.with_run(|r| r.world().tick());
        let at = events.iter().map(|(t, _)| *t).filter(|t| *t < now).max().unwrap_or(0);
        sim.rewind_to(practices(), at);
        started.set(true);
    };
    let base = crate::url("");
    let result = move || {
        outcome.get().map(|o| {
            let link = format!("{}/missions/{}/?plan={}", base, m.id, plan.with(|p| p.iter().map(|f| f.slug()).collect::<Vec<_>>().join(",")));
            if o.won {
                let reference_failed = o.reference_failed.unwrap_or_default();
                view! {
                    <div class="mission-won" role="status">
                        <p class="mission-big"><span class="mission-stars celebrate" aria-hidden="true">{stars(o.stars)}</span>{t!(MissionComplete, stars = o.stars)}</p>
                        <p>{t!(MissionWonDetail, changes = o.changes, reference = m.reference.len(), failed = o.failed, reference_failed = reference_failed)}</p>
                        <p><a href=link.clone()>{t!(MissionLink)}</a>" · "<a href=crate::url("/missions/")>{t!(MissionAll)}</a></p>
                    </div>
                }
                .into_any()
            } else {
                let (what, lesson) = match o.broke {
                    Some(d) => (t!(MissionBrokeAt, seconds = seconds_arg(d.tick), reason = &lessons::words::headline(d.reason)), d.factor()),
                    None if o.lost > 0 => (t!(MissionLostItems, lost = o.lost), None),
                    None => (t!(MissionFailedOther), None),
                };
                view! {
                    <div class="mission-lost" role="status">
                        <p class="mission-big">{t!(MissionNotThisTime)}{what}</p>
                        {lesson.map(|f| {
                            let href = format!("{base}{}", crate::router::Route::Lesson(f.slug()).path());
                            let link = format!(r#"<a href="{}">{}</a>"#, esc(&href), esc(&lessons::text::factor_name(f)));
                            view! { <p inner_html=t!(MissionWhichFactor, link = &link)></p> }
                        })}
                        <p>{t!(MissionTryAgain)}</p>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
            {note.map(|n| view! { <div class="notice" role="status"><p>{n}</p></div> })}
            <section class="mission-plan" aria-labelledby="plan-title">
                <div class="mission-plan-head" inner_html=text::mission_plan_head(m)></div>
                <fieldset class="switches">
                    <legend>{move || t!(MissionSwitches, changes = plan.with(Vec::len), budget = m.budget)}</legend>
                    <ul>{switches}</ul>
                </fieldset>
            </section>
            <section class="sim" data-sim="mission" data-mission-status=status data-sim-status="healthy" data-sim-tick="0" aria-labelledby="mission-sim-title">
                <h2 class="sim-title" id="mission-sim-title">{t!(MissionRunTitle)}</h2>
                <div class="sim-controls">
                    <div class="playback-row">
                        <button type="button" class="primary" data-sim-control="start" on:click=start>{move || if started.get() { t!(MissionStartAgain) } else { t!(MissionStart) }}</button>
                        <Playback sim=sim />
                        <button type="button" data-sim-control="rewind" on:click=rewind disabled=move || !started.get()>{t!(MissionRewind)}</button>
                    </div>
                    <p class="mission-clock">{move || t!(MissionClock, length = m.length_s, seconds = sim.with(|w| seconds_arg(w.tick())))}</p>
                </div>
                <div class="mission-result" aria-live="polite">{result}</div>
                <Live sim=sim log_heading_h3=true label=t!(MissionDeployment) />
                <p><button type="button" data-sim-control="again" on:click=again>{t!(MissionRestart)}</button></p>
            </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_in_links_are_read_and_bad_ones_reported() {
        let m = Mission::by_id("friday-deploy").unwrap();
        assert_eq!(parse_plan(m, "?plan=codebase"), (vec![Factor::Codebase], None));
        assert_eq!(parse_plan(m, ""), (vec![], None));
        assert!(parse_plan(m, "?plan=nonsense").1.unwrap().contains("does not exist"));
        assert!(parse_plan(m, "?plan=codebase,config").1.unwrap().contains("allows 1"));
        assert_eq!(stars(2), "★★☆");
    }
}
