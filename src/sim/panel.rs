//! The simulation panel: the factor switch, events, playback, the picture, counters, the
//! incident banner, the log stream and a text table of the state. Its root carries the
//! automation contract: `data-sim`, `data-sim-status`, and `data-sim-control` on controls.

use super::picture::Picture;
use super::{driver, layout, Sim, SPEEDS};
use crate::a11y::{reduced_motion, unique_id};
use engine::log::Source;
use engine::{Input, Status, TICK_HZ};
use leptos::html;
use leptos::prelude::*;

/// The whole interactive simulation of a lesson.
#[component]
pub fn SimPanel(
    sim: Sim,
    /// The lesson slug, for `data-sim`.
    slug: &'static str,
    /// The caption (HTML from our own Markdown), if any.
    #[prop(optional)]
    caption: Option<&'static str>,
    /// Where "how to fix it" links to.
    #[prop(into)]
    fix_href: String,
) -> impl IntoView {
    let scenario = sim.scenario().expect("a lesson panel runs a lesson scenario");
    let root = NodeRef::<html::Section>::new();
    let reduced = reduced_motion();
    driver::drive(sim);
    Effect::new(move |_| {
        if let Some(el) = root.get() {
            driver::observe_visibility(sim, el.into());
        }
    });
    let status = Memo::new(move |_| sim.with(|w| w.status()));
    let name = unique_id("way");
    let title_id = unique_id("sim-title");
    let title_ref = title_id.clone();
    let violating = Memo::new(move |_| sim.violating());
    let actions = scenario
        .actions
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let input = a.input;
            let control = if i == 0 { "trigger" } else { "action" };
            view! {
                <button type="button" class="event" data-sim-control=control data-sim-event=input.code() on:click=move |_| sim.send(input)>
                    {a.label}
                </button>
            }
        })
        .collect_view();
    view! {
        <section class="sim" node_ref=root data-sim=slug data-sim-status=move || status.get().word() aria-labelledby=title_ref>
            <h3 class="sim-title" id=title_id>"Simulation: " {scenario.factor.title()}</h3>
            {caption.map(|c| view! { <p class="sim-caption" inner_html=c></p> })}
            <div class="sim-controls">
                <fieldset class="way">
                    <legend>"How the app is built"</legend>
                    <label class="way-option good">
                        <input type="radio" name=name.clone() data-sim-control="comply" prop:checked=move || !violating.get() on:change=move |_| sim.set_violating(false) />
                        <span><strong>"The twelve-factor way: "</strong>{scenario.compliant}</span>
                    </label>
                    <label class="way-option bad">
                        <input type="radio" name=name data-sim-control="violate" prop:checked=move || violating.get() on:change=move |_| sim.set_violating(true) />
                        <span><strong>"The violating way: "</strong>{scenario.violating}</span>
                    </label>
                </fieldset>
                <div class="events" role="group" aria-label="Events">{actions}</div>
                <Playback sim=sim />
            </div>
            <StatusLine sim=sim status=status />
            <IncidentBanner sim=sim fix_href=fix_href />
            <Picture sim=sim reduced_motion=reduced label=format!("The deployment for {}: router, instances and backing services; details in the table below.", scenario.factor.title()) />
            <Counters sim=sim />
            <LogStream sim=sim />
            <StateTable sim=sim />
        </section>
    }
}

/// Play/pause, one step, reset and speed.
#[component]
pub fn Playback(sim: Sim) -> impl IntoView {
    let speed_name = unique_id("speed");
    let speeds = SPEEDS
        .iter()
        .map(|&s| {
            view! {
                <label class="speed">
                    <input type="radio" name=speed_name.clone() data-sim-control=format!("speed-{s}") prop:checked=move || sim.speed.get() == s on:change=move |_| sim.speed.set(s) />
                    {format!("{s}×")}
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="playback" role="group" aria-label="Playback">
            <button type="button" data-sim-control="play" aria-pressed=move || sim.playing.get().to_string() on:click=move |_| sim.playing.update(|p| *p = !*p)>
                {move || if sim.playing.get() { "❚❚ Pause" } else { "▶ Play" }}
            </button>
            <button type="button" data-sim-control="step" on:click=move |_| sim.step_once()>"Step"</button>
            <button type="button" data-sim-control="reset" on:click=move |_| sim.reset()>"↺ Reset"</button>
            <span class="speeds" role="radiogroup" aria-label="Speed">{speeds}</span>
        </div>
    }
}

/// The overall status in words and icon, the simulated time, and a polite live region that
/// announces changes (incidents are announced by the banner's alert).
#[component]
pub fn StatusLine(sim: Sim, status: Memo<Status>) -> impl IntoView {
    let announce = Memo::new(move |_| {
        let s = status.get();
        match s {
            Status::Healthy => "Status: healthy.".to_string(),
            Status::Degraded => "Status: degraded; some requests are failing or slow.".to_string(),
            Status::Broken => "Status: broken.".to_string(),
        }
    });
    view! {
        <p class=move || format!("status-line status-{}", status.get().word())>
            <span class="status-icon" aria-hidden="true">{move || layout::icon(status.get())}</span>
            <span class="status-word">{move || status.get().word()}</span>
            <span class="clock">{move || sim.with(|w| format!("t = {} s", seconds(w.tick())))}</span>
            <span class="playing">{move || if sim.playing.get() { "running" } else { "paused" }}</span>
        </p>
        <p class="visually-hidden" aria-live="polite">{move || announce.get()}</p>
    }
}

/// When the deployment breaks: what happened, which factor, why, and where the fix is.
#[component]
pub fn IncidentBanner(sim: Sim, #[prop(into)] fix_href: String) -> impl IntoView {
    let incident = Memo::new(move |_| sim.with(|w| w.incident()));
    view! {
        <div class="incident-slot" role="alert">
            {move || incident.get().map(|d| {
                let factor = d.factor();
                let fix_href = fix_href.clone();
                view! {
                    <div class="incident" data-incident=format!("{:?}", d.reason)>
                        <p class="incident-head"><span aria-hidden="true">"✕ "</span>"Broken: " {d.reason.headline()}</p>
                        <p class="incident-why">{d.reason.explanation()}</p>
                        <p class="incident-factor">
                            {factor.map(|f| view! { <span>"Violated factor: " <strong>{format!("{}. {}", f.number(), f.title())}</strong>" · "</span> })}
                            {format!("at t = {} s · ", seconds(d.tick))}
                            <a href=fix_href>"How to fix it"</a>
                        </p>
                    </div>
                }
            })}
        </div>
    }
}

/// Served, failed, dropped, in flight, latency.
#[component]
pub fn Counters(sim: Sim) -> impl IntoView {
    let counters = Memo::new(move |_| sim.with(|w| (*w.counters(), w.in_flight(), w.latency_ms())));
    let item = move |label: &'static str, value: Box<dyn Fn() -> String + Send + Sync>, class: &'static str| {
        view! { <div class=format!("counter {class}")><dt>{label}</dt><dd>{value}</dd></div> }
    };
    view! {
        <dl class="counters">
            {item("Served", Box::new(move || counters.with(|c| c.0.served.to_string())), "served")}
            {item("Failed", Box::new(move || counters.with(|c| c.0.failed.to_string())), "failed")}
            {item("Dropped", Box::new(move || counters.with(|c| c.0.dropped.to_string())), "dropped")}
            {item("In flight", Box::new(move || counters.with(|c| c.1.to_string())), "in-flight")}
            {item("Latency p50 / p95", Box::new(move || counters.with(|c| format!("{} / {} ms", c.2 .0, c.2 .1))), "latency")}
        </dl>
    }
}

#[derive(Clone, PartialEq, Eq)]
struct Row {
    seq: u64,
    time: String,
    source: String,
    level: &'static str,
    text: String,
}

/// The combined log stream, newest first, filterable by source.
#[component]
pub fn LogStream(sim: Sim) -> impl IntoView {
    let filter = RwSignal::new(String::new());
    let total = Memo::new(move |_| sim.with(|w| w.log().total()));
    let rows = Memo::new(move |_| {
        total.track();
        let filter = filter.get();
        sim.with_untracked(|w| {
            let log = w.log();
            let first = log.total() - log.iter().count() as u64;
            let mut rows: Vec<Row> = log
                .iter()
                .enumerate()
                .map(|(i, l)| (first + i as u64, l))
                .filter(|(_, l)| filter.is_empty() || l.source.to_string() == filter)
                .map(|(seq, l)| Row { seq, time: format!("{:>6}s", seconds(l.tick)), source: l.source.to_string(), level: l.level.word(), text: l.to_string() })
                .collect();
            rows.reverse();
            rows.truncate(60);
            rows
        })
    });
    let sources = Memo::new(move |_| {
        total.track();
        sim.with_untracked(|w| {
            let mut s: Vec<Source> = w.log().iter().map(|l| l.source).collect();
            s.sort_by_key(|s| s.to_string());
            s.dedup();
            s.into_iter().map(|s| s.to_string()).collect::<Vec<_>>()
        })
    });
    let select_id = unique_id("log-filter");
    view! {
        <div class="log">
            <div class="log-head">
                <h4>"Log stream"</h4>
                <label for=select_id.clone()>"Show"</label>
                <select id=select_id on:change=move |ev| filter.set(event_target_value(&ev)) prop:value=move || filter.get()>
                    <option value="">"every source"</option>
                    <For each=move || sources.get() key=|s| s.clone() let(s)>
                        <option value=s.clone()>{s.clone()}</option>
                    </For>
                </select>
            </div>
            <ol class="log-lines" tabindex="0" aria-label="Log lines, newest first">
                <For each=move || rows.get() key=|r| r.seq let(r)>
                    <li class=format!("level-{}", r.level)>
                        <span class="t">{r.time}</span>" "
                        <span class="src">{r.source}</span>" "
                        <span class="lvl">{r.level}</span>" "
                        <span class="msg">{r.text}</span>
                    </li>
                </For>
            </ol>
        </div>
    }
}

/// The picture as a table, for screen readers and anyone who prefers text.
#[component]
pub fn StateTable(sim: Sim) -> impl IntoView {
    let shows = super::picture::shows_for(&sim);
    let nodes = Memo::new(move |_| sim.with(|w| layout::scene(w, shows).nodes));
    view! {
        <details class="state-table">
            <summary>"The deployment as a table"</summary>
            <table>
                <thead><tr><th scope="col">"Part"</th><th scope="col">"Status"</th><th scope="col">"Doing"</th><th scope="col">"Problem"</th></tr></thead>
                <tbody>
                    <For each=move || nodes.get() key=|n| n.clone() let(n)>
                        <tr class=format!("status-{}", n.status.word())>
                            <th scope="row">{n.name.clone()}</th>
                            <td>{layout::icon(n.status)}" "{n.status.word()}</td>
                            <td>{n.detail.clone()}</td>
                            <td>{n.badge.unwrap_or("")}</td>
                        </tr>
                    </For>
                </tbody>
            </table>
        </details>
    }
}

/// Simulated time in seconds with one decimal, e.g. `12.3`. Integer arithmetic on purpose:
/// float formatting would add several kilobytes to the wasm.
pub fn seconds(ticks: u64) -> String {
    let tenths = ticks * 10 / TICK_HZ;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Send one event by its code (used by replays and shared links).
pub fn send_code(sim: Sim, code: &str) -> bool {
    match Input::from_code(code) {
        Some(i) => {
            sim.send(i);
            true
        }
        None => false,
    }
}
