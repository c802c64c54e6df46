//! `/drills/`: incident drills. A deployment is sick; one to three factors are violated and
//! the switches are hidden. The learner looks, runs a few probes, names the factors and is
//! graded with the evidence. The drill is generated from `?level=&seed=` (see
//! [`engine::drill`]), so a link gives everyone the same incident.

use crate::progress::ProgressStore;
use crate::sim::panel::{Live, Playback};
use crate::sim::render::esc;
use crate::sim::{Setup, Sim};
use engine::drill::{Drill, Grade, Probe, MAX_LEVEL};
use engine::Factor;
use i18n::t;
use leptos::prelude::*;
use std::fmt::Write;

/// A drill's address: level and seed from the query. Anything unreadable is reported and
/// replaced by a fresh drill, never a failure.
pub fn parse(query: &str, fresh_seed: u64) -> (u8, u64, Vec<String>) {
    let (mut level, mut seed, mut notes) = (1u8, None, Vec::new());
    for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=').unwrap_or((pair, "")) {
            ("level", v) => match v.parse::<u8>() {
                Ok(l) if (1..=MAX_LEVEL).contains(&l) => level = l,
                _ => notes.push(t!(DrillBadLevel, level = &v.chars().take(20).collect::<String>())),
            },
            ("seed", v) => match v.parse::<u64>() {
                Ok(s) => seed = Some(s),
                Err(_) => notes.push(t!(DrillBadSeed)),
            },
            _ => {}
        }
    }
    (level, seed.unwrap_or(fresh_seed % 1_000_000), notes)
}

/// A new incident number, different each time.
fn fresh_seed() -> u64 {
    let r = js_sys::Math::random();
    (r * 1_000_000.0) as u64
}

/// The grade, as HTML: the verdict, then per factor what pointed where.
fn grade_html(d: &Drill, g: &Grade, base: &str) -> String {
    let mut out = String::new();
    let hidden: Vec<String> = d.hidden.iter().map(|f| lessons::text::factor_name(*f)).collect();
    let _ = write!(
        out,
        r#"<p class="drill-verdict">{} {}</p><ul class="drill-verdicts">"#,
        esc(&if g.right { t!(DrillRight) } else { t!(DrillWrong) }),
        t!(DrillViolated, count = d.hidden.len(), factors = &format!("<strong>{}</strong>", esc(&hidden.join(", "))))
    );
    for v in &g.verdicts {
        let mark = match (v.hidden, v.named) {
            (true, true) => t!(DrillNamedRight),
            (true, false) => t!(DrillMissed),
            (false, true) => t!(DrillNamedWrong),
            (false, false) => continue,
        };
        let mark = esc(&mark);
        let evidence = if v.evidence.is_empty() {
            if v.hidden {
                esc(&t!(DrillNoEvidence))
            } else {
                String::new()
            }
        } else {
            let seen: Vec<String> = v
                .evidence
                .iter()
                .map(|(p, r)| match p {
                    Some(p) => t!(DrillEvidenceProbe, reason = &lessons::words::headline(*r), probe = &lessons::words::probe(p)),
                    None => t!(DrillEvidenceIncident, reason = &lessons::words::headline(*r)),
                })
                .collect();
            esc(&t!(DrillEvidence, evidence = &seen.join("; ")))
        };
        let _ = write!(
            out,
            r#"<li data-verdict="{slug}"><strong><a href="{base}{path}">{n}. {title}</a></strong>: {mark}{evidence}</li>"#,
            slug = v.factor.slug(),
            path = crate::router::Route::Lesson(v.factor.slug()).path(),
            n = v.factor.number(),
            title = esc(&lessons::text::factor_title(v.factor)),
        );
    }
    out.push_str("</ul>");
    out
}

/// The drills page.
#[component]
pub fn Drills() -> impl IntoView {
    let query = window().location().search().unwrap_or_default();
    let (level, seed, notes) = parse(&query, fresh_seed());
    // The link names the incident, so it can be shared or retried.
    let canonical = crate::url(&format!("/drills/?level={level}&seed={seed}"));
    if let Ok(h) = window().history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&canonical));
    }
    let drill = StoredValue::new(Drill::generate(seed, level));
    let d = drill.get_value();
    let sim = Sim::new(Setup::Drill, d.practices(), d.seed);
    // The view's events are the run's forecast, so Reset replays the same view from its start.
    sim.set_forecast(d.schedule.clone());
    sim.rewind_to(d.practices(), d.arrival_tick());
    let store = use_context::<ProgressStore>();
    let ran = RwSignal::new(Vec::<&'static str>::new());
    let viewing = RwSignal::new(None::<&'static str>);
    let answer = RwSignal::new(Vec::<Factor>::new());
    let graded = RwSignal::new(None::<Grade>);
    let max = d.max_probes;
    let left = move || max - ran.with(Vec::len);
    let probe = move |p: &'static Probe| {
        let d = drill.get_value();
        if graded.get_untracked().is_some() {
            return;
        }
        if !ran.with_untracked(|r| r.contains(&p.code)) {
            if ran.with_untracked(Vec::len) >= d.max_probes {
                return;
            }
            ran.update(|r| r.push(p.code));
        }
        viewing.set(Some(p.code));
        sim.set_forecast(d.probe_events(p));
        sim.rewind_to(d.practices(), d.arrival_tick());
        sim.playing.set(true);
    };
    let back = move |_| {
        let d = drill.get_value();
        viewing.set(None);
        sim.set_forecast(d.schedule.clone());
        sim.rewind_to(d.practices(), d.arrival_tick());
    };
    let probes = d
        .probes
        .iter()
        .map(|&p| {
            let done = move || ran.with(|r| r.contains(&p.code));
            view! {
                <button type="button" class="event" data-sim-control="trigger" data-sim-action=p.code
                    aria-pressed=move || (viewing.get() == Some(p.code)).to_string()
                    disabled=move || graded.with(Option::is_some) || (!done() && left() == 0)
                    on:click=move |_| probe(p)>
                    {lessons::words::probe(p)}{move || if done() { t!(DrillProbeRun) } else { String::new() }}
                </button>
            }
        })
        .collect_view();
    let answers = Factor::ALL
        .iter()
        .map(|&f| {
            let id = crate::a11y::unique_id("answer");
            let on = move || answer.with(|a| a.contains(&f));
            let toggle = move |_| answer.update(|a| if let Some(i) = a.iter().position(|x| *x == f) { a.remove(i); } else { a.push(f); });
            view! {
                <li>
                    <input type="checkbox" id=id.clone() data-drill-answer=f.slug() prop:checked=on disabled=move || graded.with(Option::is_some) on:change=toggle />
                    <label for=id>{lessons::text::factor_name(f)}</label>
                </li>
            }
        })
        .collect_view();
    let said = RwSignal::new(String::new());
    let submit = move |_| {
        let d = drill.get_value();
        let a = answer.get_untracked();
        if a.len() != d.hidden.len() {
            said.set(t!(DrillNameExactly, count = d.hidden.len(), named = a.len()));
            return;
        }
        said.set(String::new());
        let g = d.grade(&a, &ran.get_untracked());
        if let Some(store) = store {
            store.update(|p| p.drills.record(g.right));
        }
        graded.set(Some(g));
    };
    let base = crate::url("");
    let result_html = move || graded.with(|g| g.as_ref().map(|g| grade_html(&drill.get_value(), g, &base)));
    let record = move || {
        store.map(|s| {
            let r = s.progress.with(|p| p.drills);
            if r.answered == 0 {
                t!(DrillRecordNone)
            } else {
                t!(DrillRecord, right = r.right, answered = r.answered, streak = r.streak, best = r.best_streak)
            }
        })
    };
    let levels = (1..=MAX_LEVEL)
        .map(|l| {
            let href = crate::url(&format!("/drills/?level={l}&seed={}", fresh_seed()));
            view! { <li><a href=href rel="external" aria-current=(l == level).then_some("true")>{t!(DrillLevel, level = l)}</a></li> }
        })
        .collect_view();
    let n = d.hidden.len();
    view! {
            <p class="drill-brief">{t!(DrillBrief, count = n, probes = max)}</p>
            <p class="drill-record" data-drill-record>{record}</p>
            {(!notes.is_empty()).then(|| view! { <div class="notice" role="status">{notes.into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}</div> })}
            <nav aria-label=t!(DrillLevelsLabel)><ul class="drill-levels">{levels}</ul></nav>
            <section class="sim" data-sim="drill" data-sim-status="healthy" data-sim-tick="0" data-drill-seed=seed.to_string() data-drill-level=level.to_string() aria-labelledby="drill-sim-title">
                <h2 class="sim-title" id="drill-sim-title">{t!(DrillSimTitle, seed = &seed.to_string(), level = level)}</h2>
                <div class="sim-controls">
                    <p class="drill-viewing" aria-live="polite">{move || match viewing.get() {
                        None => t!(DrillViewingIncident),
                        Some(code) => t!(DrillViewingProbe, probe = &Probe::from_code(code).map_or_else(|| code.to_string(), lessons::words::probe)),
                    }}</p>
                    <div class="events" role="group" aria-label=t!(DrillProbesLabel)>{probes}</div>
                    <p class="drill-left">{move || t!(DrillProbesLeft, left = left(), max = max)}</p>
                    <div class="playback-row">
                        <Playback sim=sim />
                        <button type="button" data-drill-control="incident" on:click=back disabled=move || viewing.get().is_none()>{t!(DrillBack)}</button>
                    </div>
                </div>
                <Live sim=sim log_heading_h3=true label=t!(DrillDeployment) />
            </section>
            <section class="drill-answer" aria-labelledby="drill-answer-title">
                <h2 id="drill-answer-title">{t!(DrillDiagnosis)}</h2>
                <fieldset>
                    <legend>{t!(DrillWhich, count = n)}</legend>
                    <ul class="drill-answers">{answers}</ul>
                </fieldset>
                <button type="button" class="primary" data-drill-control="submit" disabled=move || graded.with(Option::is_some) on:click=submit>{t!(DrillSubmit)}</button>
                <p class="drill-said" role="status">{move || said.get()}</p>
                <div class="drill-result" role="status" data-drill-result=move || graded.with(|g| g.as_ref().map(|g| if g.right { "right" } else { "wrong" }))
                    inner_html=move || result_html().unwrap_or_default()></div>
                {move || graded.with(Option::is_some).then(|| view! {
                    <p><a class="button" rel="external" href=crate::url(&format!("/drills/?level={level}&seed={}", fresh_seed()))>{t!(DrillNext)}</a></p>
                })}
            </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_name_a_drill_and_bad_ones_say_so() {
        assert_eq!(parse("?level=2&seed=42", 7), (2, 42, vec![]));
        assert_eq!(parse("", 1_000_007), (1, 7, vec![]));
        let (level, seed, notes) = parse("?level=9&seed=x", 5);
        assert_eq!((level, seed), (1, 5));
        assert_eq!(notes.len(), 2);
        assert!(notes[0].contains("not 1, 2 or 3"));
        assert!(parse("?level=<b>", 5).2[0].contains("(<b>)"), "the page shows it as text");
    }
}
