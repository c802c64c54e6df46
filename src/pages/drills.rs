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
                _ => notes.push(format!("The level in this link ({}) is not 1, 2 or 3, so this is a level 1 drill.", v.chars().take(20).collect::<String>())),
            },
            ("seed", v) => match v.parse::<u64>() {
                Ok(s) => seed = Some(s),
                Err(_) => notes.push("The incident number in this link is not a number, so this is a new incident.".to_string()),
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
        r#"<p class="drill-verdict">{} The violated {}: <strong>{}</strong>.</p><ul class="drill-verdicts">"#,
        if g.right { "✓ Right." } else { "✕ Not quite." },
        if d.hidden.len() == 1 { "factor was" } else { "factors were" },
        esc(&hidden.join(", "))
    );
    for v in &g.verdicts {
        let mark = match (v.hidden, v.named) {
            (true, true) => "✓ You named it, rightly.",
            (true, false) => "✕ Missed.",
            (false, true) => "✕ Honoured here: nothing pointed to it.",
            (false, false) => continue,
        };
        let evidence = if v.evidence.is_empty() {
            if v.hidden {
                " None of the views you opened showed its symptom; a different probe would have.".to_string()
            } else {
                String::new()
            }
        } else {
            let seen: Vec<String> = v
                .evidence
                .iter()
                .map(|(p, r)| format!("“{}” {}", esc(r.headline()), p.map_or("in the incident itself".to_string(), |p| format!("after “{}”", esc(p.label)))))
                .collect();
            format!(" Pointing to it: {}.", seen.join("; "))
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
                    {p.label}{move || if done() { " (run)" } else { "" }}
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
            said.set(format!("Name exactly {} factor{} (you have named {}).", d.hidden.len(), if d.hidden.len() == 1 { "" } else { "s" }, a.len()));
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
                "No drills answered yet.".to_string()
            } else {
                format!("{} of {} drills answered right · streak {} (best {})", r.right, r.answered, r.streak, r.best_streak)
            }
        })
    };
    let levels = (1..=MAX_LEVEL)
        .map(|l| {
            let href = crate::url(&format!("/drills/?level={l}&seed={}", fresh_seed()));
            view! { <li><a href=href rel="external" aria-current=(l == level).then_some("true")>{format!("Level {l}: {} hidden", ["one factor", "two factors", "three factors"][usize::from(l - 1)])}</a></li> }
        })
        .collect_view();
    let n = d.hidden.len();
    view! {
            <p class="drill-brief">{format!("In this incident {} of the twelve factors {} violated, and you may run {max} probes. Then name the factor{}.", ["one", "two", "three"][n - 1], if n == 1 { "is" } else { "are" }, if n == 1 { "" } else { "s" })}</p>
            <p class="drill-record" data-drill-record>{record}</p>
            {(!notes.is_empty()).then(|| view! { <div class="notice" role="status">{notes.into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}</div> })}
            <nav aria-label="Drill levels"><ul class="drill-levels">{levels}</ul></nav>
            <section class="sim" data-sim="drill" data-sim-status="healthy" data-sim-tick="0" data-drill-seed=seed.to_string() data-drill-level=level.to_string() aria-labelledby="drill-sim-title">
                <h2 class="sim-title" id="drill-sim-title">{format!("Incident {seed} (level {level})")}</h2>
                <div class="sim-controls">
                    <p class="drill-viewing" aria-live="polite">{move || match viewing.get() {
                        None => "You are looking at the incident as you found it.".to_string(),
                        Some(code) => format!("You are looking at a copy of the incident after “{}”.", Probe::from_code(code).map_or(code, |p| p.label)),
                    }}</p>
                    <div class="events" role="group" aria-label="Probes">{probes}</div>
                    <p class="drill-left">{move || format!("Probes left: {} of {max}", left())}</p>
                    <div class="playback-row">
                        <Playback sim=sim />
                        <button type="button" data-drill-control="incident" on:click=back disabled=move || viewing.get().is_none()>"Back to the incident"</button>
                    </div>
                </div>
                <Live sim=sim log_heading_h3=true label="The sick deployment: users, router, web and worker instances, backing services; the same in words in the table below.".to_string() />
            </section>
            <section class="drill-answer" aria-labelledby="drill-answer-title">
                <h2 id="drill-answer-title">"Your diagnosis"</h2>
                <fieldset>
                    <legend>{format!("Which {} violated? Name {n}.", if n == 1 { "factor is" } else { "factors are" })}</legend>
                    <ul class="drill-answers">{answers}</ul>
                </fieldset>
                <button type="button" class="primary" data-drill-control="submit" disabled=move || graded.with(Option::is_some) on:click=submit>"Submit the diagnosis"</button>
                <p class="drill-said" role="status">{move || said.get()}</p>
                <div class="drill-result" role="status" data-drill-result=move || graded.with(|g| g.as_ref().map(|g| if g.right { "right" } else { "wrong" }))
                    inner_html=move || result_html().unwrap_or_default()></div>
                {move || graded.with(Option::is_some).then(|| view! {
                    <p><a class="button" rel="external" href=crate::url(&format!("/drills/?level={level}&seed={}", fresh_seed()))>"Next incident"</a></p>
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
