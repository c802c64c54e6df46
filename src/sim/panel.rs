//! The simulation panel: the factor switch, events, playback, the picture, counters, the
//! incident banner, the log stream and a text table of the state. Its root carries the
//! automation contract: `data-sim`, `data-sim-status`, `data-sim-tick` (simulated ticks), `data-sim-control` on controls and `data-sim-action` (the input code) on event buttons.
//!
//! The controls are ordinary reactive views. The parts that change every frame are drawn by
//! one effect that writes the strings from [`super::render`] into the page, and only where
//! they changed.

use super::layout::{self, Scene};
use super::{driver, render, Sim, SPEEDS};
use crate::a11y::{reduced_motion, unique_id};
use engine::{Input, Shows};
use i18n::t;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Which optional parts a simulation's picture shows.
pub fn shows_for(sim: &Sim) -> Shows {
    match sim.scenario() {
        Some(s) => s.shows,
        None => Shows { workers: true, session_store: true, staging: true, laptops: true, disks: true },
    }
}

/// Log lines shown at once.
const LOG_LINES: usize = 60;

/// The whole interactive simulation of a lesson.
#[component]
pub fn SimPanel(
    sim: Sim,
    /// The lesson slug, for `data-sim`.
    slug: &'static str,
    /// The caption (HTML from our own Markdown); empty for none.
    #[prop(optional)]
    caption: &'static str,
    /// The lesson's challenge conditions, shown beside the picture while it runs.
    #[prop(optional)]
    checks: &'static [lessons::Check],
    /// The bar under it (see [`share_bar`]); presenter mode has none, and so no code for it.
    #[prop(default = None)]
    share: Option<ShareFn>,
) -> impl IntoView {
    let scenario = sim.scenario().expect("a lesson panel runs a lesson scenario");
    let way = unique_id("way");
    let title_id = unique_id("sim-title");
    let title_ref = title_id.clone();
    let violating = Memo::new(move |_| sim.violating());
    // The switch and the buttons as markup, with one handler each for the clicks and changes
    // inside them (typed views of these static parts would cost the first load more).
    let esc = lessons::text::esc;
    let buttons = (0..scenario.actions.len())
        .map(|i| {
            let control = if i == 0 { "trigger" } else { "action" };
            format!(
                r#"<button type="button" class="event" data-sim-control="{control}" data-sim-action="{}">{}</button>"#,
                scenario.actions[i].input.code(),
                esc(&lessons::words::action(scenario, i))
            )
        })
        .collect::<String>();
    let switch = format!(
        r#"<legend>{}</legend><label class="way-option good"><input type="radio" name="{way}" data-sim-control="comply"><span><strong>{}</strong>{}</span></label><label class="way-option bad"><input type="radio" name="{way}" data-sim-control="violate"><span><strong>{}</strong>{}</span></label>"#,
        esc(&t!(SimHowBuilt)),
        esc(&t!(SimCompliant)),
        esc(&lessons::words::way(scenario, false)),
        esc(&t!(SimViolating)),
        esc(&lessons::words::way(scenario, true)),
    );
    let fieldset = NodeRef::<html::Fieldset>::new();
    // The radios follow the run's way (a reset, a shared link, the solution's replay).
    Effect::new(move |_| {
        let v = violating.get();
        if let Some(fs) = fieldset.get() {
            for (control, on) in [("comply", !v), ("violate", v)] {
                if let Some(input) =
                    fs.query_selector(&format!("[data-sim-control={control}]")).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    input.set_checked(on);
                }
            }
        }
    });
    let on_way = move |ev: leptos::ev::Event| {
        let control = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.get_attribute("data-sim-control"));
        match control.as_deref() {
            Some("comply") => sim.set_violating(false),
            Some("violate") => sim.set_violating(true),
            _ => {}
        }
    };
    let on_event = move |ev: leptos::ev::MouseEvent| {
        let button = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("[data-sim-action]").ok().flatten());
        if let Some(input) = button.and_then(|b| b.get_attribute("data-sim-action")).and_then(|c| Input::from_code(&c)) {
            sim.send(input);
        }
    };
    let controls = view! {
        <div class="sim-controls">
            <fieldset class="way" node_ref=fieldset on:change=on_way inner_html=switch></fieldset>
            <div class="sim-bar">
                <div class="events" role="group" aria-label=t!(SimEvents) on:click=on_event inner_html=buttons></div>
                <Playback sim=sim />
            </div>
        </div>
    };
    let strip = (!checks.is_empty()).then(|| {
        let rows = checks
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let ok = move || sim.goal.with(|(states, _)| states.get(i).copied().unwrap_or(false));
                view! {
                    <li class:ok=ok>
                        <span class="mark" aria-hidden="true">{move || if ok() { "✓ " } else { "○ " }}</span>
                        {lessons::text::describe(c)}
                        <span class="visually-hidden">{move || if ok() { t!(ConditionHolds) } else { t!(ConditionNotYet) }}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="challenge-strip">
                <p class="strip-head"><a href="#challenge-title">{t!(ChallengeHeading)}</a>": " {move || sim.goal.with(|(_, text)| text.clone())}</p>
                <ul>{rows}</ul>
            </div>
        }
    });
    let label = t!(SimPictureLabel, factor = &lessons::text::factor_title(scenario.factor));
    view! {
        <section class="sim" data-sim=slug data-sim-status="healthy" data-sim-tick="0" aria-labelledby=title_ref>
            <h3 class="sim-title" id=title_id>{t!(SimHeading, factor = &lessons::text::factor_title(scenario.factor))}</h3>
            {(!caption.is_empty()).then(|| view! { <p class="sim-caption" inner_html=caption></p> })}
            {controls}
            <Live sim=sim label=label />
            {strip}
            {share.map(|f| f(sim, slug))}
        </section>
    }
}

/// Play/pause, one step, reset and speed.
#[component]
pub fn Playback(sim: Sim) -> impl IntoView {
    // As markup with one click and one change handler, and an effect keeping the play
    // button and the speed in step (typed views of these would cost the first load more).
    let esc = lessons::text::esc;
    let speed_name = unique_id("speed");
    let speeds = SPEEDS
        .iter()
        .map(|s| {
            let on = if *s == sim.speed.get_untracked() { " checked" } else { "" };
            format!(r#"<label class="speed"><input type="radio" name="{speed_name}" data-sim-control="speed-{s}"{on}>{s}×</label>"#)
        })
        .collect::<String>();
    let playing = sim.playing.get_untracked();
    let markup = format!(
        r#"<button type="button" data-sim-control="play" aria-pressed="{playing}">{}</button><button type="button" data-sim-control="step" title="{}">{}</button><button type="button" data-sim-control="next-event" title="{}">{}</button><button type="button" data-sim-control="reset">{}</button><span class="speeds" role="radiogroup" aria-label="{}">{speeds}</span>"#,
        esc(&if playing { t!(SimPause) } else { t!(SimPlay) }),
        esc(&t!(SimStepTitle)),
        esc(&t!(SimStep)),
        esc(&t!(SimNextEventTitle)),
        esc(&t!(SimNextEvent)),
        esc(&t!(SimReset)),
        esc(&t!(SimSpeed)),
    );
    let root = NodeRef::<html::Div>::new();
    let control = |ev: &web_sys::Event| -> Option<String> {
        ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())?.closest("[data-sim-control]").ok().flatten()?.get_attribute("data-sim-control")
    };
    let on_click = move |ev: leptos::ev::MouseEvent| match control(&ev).as_deref() {
        Some("play") => sim.playing.update(|p| *p = !*p),
        Some("step") => sim.step_once(),
        Some("next-event") => sim.step_to_next_event(),
        Some("reset") => sim.reset(),
        _ => {}
    };
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(speed) = control(&ev).as_deref().and_then(|c| c.strip_prefix("speed-")).and_then(|s| s.parse().ok()) {
            sim.speed.set(speed);
        }
    };
    Effect::new(move |_| {
        let (playing, speed) = (sim.playing.get(), sim.speed.get());
        let Some(root) = root.get() else { return };
        if let Ok(Some(play)) = root.query_selector("[data-sim-control=play]") {
            let _ = play.set_attribute("aria-pressed", if playing { "true" } else { "false" });
            play.set_text_content(Some(&if playing { t!(SimPause) } else { t!(SimPlay) }));
        }
        for s in SPEEDS {
            if let Some(input) =
                root.query_selector(&format!("[data-sim-control=speed-{s}]")).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                input.set_checked(s == speed);
            }
        }
    });
    view! { <div class="playback" role="group" aria-label=t!(SimPlayback) node_ref=root on:click=on_click on:change=on_change inner_html=markup></div> }
}

/// The last markup written to each live part, so unchanged parts are not rewritten.
#[derive(Default)]
struct Written {
    status_word: &'static str,
    status: String,
    announce: String,
    alert: String,
    why: String,
    nodes: String,
    edges: (String, String),
    dots: String,
    size: (i32, i32),
    reasons: String,
    counters: String,
    log: String,
    sources: String,
    table: String,
    /// The text-heavy parts (counters, log, table) are redrawn at most every 8 ticks while
    /// running: readable, and cheaper than every frame.
    text_tick: Option<u64>,
    text_filter: String,
}

/// The elements the live effect writes to, found once.
struct Parts {
    section: web_sys::Element,
    status_el: web_sys::Element,
    live_el: web_sys::Element,
    alert_el: web_sys::Element,
    why_el: web_sys::Element,
    svg: web_sys::Element,
    wrap_el: web_sys::Element,
    reasons_el: web_sys::Element,
    nodes_el: web_sys::Element,
    plain_el: web_sys::Element,
    alert_edges_el: web_sys::Element,
    dots_el: web_sys::Element,
    counters_el: web_sys::Element,
    log_el: web_sys::Element,
    select_el: web_sys::Element,
    table_el: web_sys::Element,
}

impl Parts {
    /// The panel's live elements, or which one is missing (a mistake in the panel's markup).
    fn find(root: &web_sys::Element) -> Result<Parts, String> {
        let find = |sel: &str| root.query_selector(sel).ok().flatten().ok_or_else(|| format!("the simulation panel has no `{sel}`"));
        Ok(Parts {
            section: root.closest("[data-sim]").ok().flatten().ok_or("the simulation panel is not inside a `[data-sim]` section")?,
            status_el: find(".status-line")?,
            live_el: find(".live-status")?,
            alert_el: find(".incident-slot")?,
            why_el: find(".why")?,
            svg: find("svg.picture")?,
            wrap_el: find(".picture-wrap")?,
            reasons_el: find(".reasons")?,
            nodes_el: find(".nodes")?,
            plain_el: find(".edges.plain")?,
            alert_edges_el: find(".edges.alert")?,
            dots_el: find(".dots")?,
            counters_el: find(".counters")?,
            log_el: find(".log-lines")?,
            select_el: find(".log select")?,
            table_el: find(".state-table tbody")?,
        })
    }
}

fn write_html(el: &web_sys::Element, last: &mut String, new: String) {
    if *last != new {
        el.set_inner_html(&new);
        *last = new;
    }
}

fn set_attr(el: &web_sys::Element, name: &str, last: &mut String, new: String) {
    if *last != new {
        let _ = el.set_attribute(name, &new);
        *last = new;
    }
}

/// Everything that moves: status, incident, picture, counters, log and table.
#[component]
pub fn Live(
    sim: Sim,
    label: String,
    /// The log's heading sits one level below the simulation's title: `h4` in a lesson (whose
    /// simulation title is an `h3`), `h3` where the title is an `h2`.
    #[prop(optional)]
    log_heading_h3: bool,
) -> impl IntoView {
    let base = crate::url("");
    let root = NodeRef::<html::Div>::new();
    let filter = RwSignal::new(String::new());
    let filter_id = unique_id("log-filter");
    let reduced = reduced_motion();
    let shows = shows_for(&sim);
    driver::drive(sim);
    let width = Trigger::new();
    Effect::new(move |_| {
        if let Some(el) = root.get() {
            let el: web_sys::Element = el.into();
            // The whole simulation's box (this part may be laid out with `display: contents`,
            // which has no box of its own to be seen).
            let section = el.closest("[data-sim]").ok().flatten().unwrap_or_else(|| el.clone());
            driver::observe_visibility(sim, section);
            if let Ok(Some(wrap)) = el.query_selector(".picture-wrap") {
                driver::observe_size(wrap, width);
            }
        }
    });
    let written = StoredValue::new_local(Written::default());
    // The live parts are found once, when the panel is mounted; each frame only writes to them.
    let parts = StoredValue::new_local(None::<Parts>);
    Effect::new(move |_| {
        let Some(root) = root.get() else { return };
        if parts.with_value(Option::is_none) {
            // A panel that cannot draw must not look alive: fail loudly (the crash panel).
            match Parts::find(&root.into()) {
                Ok(found) => parts.set_value(Some(found)),
                Err(why) => panic!("{why}"),
            }
        }
        parts.with_value(|parts| {
            let Some(Parts {
                section,
                status_el,
                live_el,
                alert_el,
                why_el,
                svg,
                wrap_el,
                reasons_el,
                nodes_el,
                plain_el,
                alert_edges_el,
                dots_el,
                counters_el,
                log_el,
                select_el,
                table_el,
            }) = parts
            else {
                return;
            };
            let playing = sim.playing.get();
            let visible = sim.visible.get();
            let filter = filter.get();
            // Laid out for the width it has (re-read when the page is resized).
            width.track();
            let width = (wrap_el.client_width() / 4 * 4).max(layout::MIN_WIDTH);
            sim.with(|w| {
                let scene: Scene = layout::scene(w, shows, width);
                let status = w.status();
                written.update_value(|last| {
                    if last.status_word != status.word() {
                        last.status_word = status.word();
                        let _ = section.set_attribute("data-sim-status", status.word());
                        let _ = status_el.set_attribute("class", &format!("status-line status-{}", status.word()));
                    }
                    let _ = section.set_attribute("data-sim-tick", &w.tick().to_string());
                    write_html(status_el, &mut last.status, render::status_line(status, w.tick(), playing, visible));
                    let announce = render::announcement(status);
                    if last.announce != announce {
                        live_el.set_text_content(Some(&announce));
                        last.announce = announce;
                    }
                    let blind = sim.setup == super::Setup::Drill;
                    write_html(alert_el, &mut last.alert, render::incident(w, &base, blind));
                    write_html(why_el, &mut last.why, render::why(w, blind));
                    if last.size != (scene.width, scene.height) {
                        let _ = svg.set_attribute("viewBox", &format!("0 0 {} {}", scene.width, scene.height));
                        let _ = svg.set_attribute("height", &scene.height.to_string());
                        last.size = (scene.width, scene.height);
                    }
                    write_html(reasons_el, &mut last.reasons, render::reasons(&scene));
                    let (plain, alert) = render::edges(&scene);
                    set_attr(plain_el, "d", &mut last.edges.0, plain);
                    set_attr(alert_edges_el, "d", &mut last.edges.1, alert);
                    write_html(nodes_el, &mut last.nodes, render::nodes_svg(&scene));
                    let dots = if reduced { String::new() } else { layout::dots(w, &scene) };
                    set_attr(dots_el, "d", &mut last.dots, dots);
                    let text_tick = w.tick() / 8;
                    if !playing || last.text_tick != Some(text_tick) || last.text_filter != filter {
                        last.text_tick = Some(text_tick);
                        last.text_filter.clone_from(&filter);
                        write_html(counters_el, &mut last.counters, render::counters(w));
                        write_html(log_el, &mut last.log, render::log_lines(w, &filter, LOG_LINES));
                        let sources = render::source_options(&render::log_sources(w), &filter);
                        if last.sources != sources {
                            select_el.set_inner_html(&sources);
                            if let Some(select) = select_el.dyn_ref::<web_sys::HtmlSelectElement>() {
                                select.set_value(&filter);
                            }
                            last.sources = sources;
                        }
                        write_html(table_el, &mut last.table, render::table_rows(&scene));
                    }
                });
            });
        });
    });
    // The skeleton the live effect fills in, as markup (a typed view of these static parts
    // would cost the first load more, for nothing that changes).
    let esc = lessons::text::esc;
    let heading = if log_heading_h3 { "h3" } else { "h4" };
    let skeleton = format!(
        r#"<p class="status-line"></p><p class="visually-hidden live-status" aria-live="polite"></p><div class="incident-slot" role="alert"></div><div class="picture-wrap"><svg class="picture" viewBox="0 0 760 380" height="380" role="img" aria-label="{label}"><path class="edges plain"></path><path class="edges alert"></path><path class="dots"></path><g class="nodes"></g></svg></div><div class="diagnosis" tabindex="0" role="region" aria-label="{why}"><div class="why"></div><ul class="reasons" aria-label="{reasons}"></ul></div><dl class="counters"></dl><div class="log"><div class="log-head"><{heading} class="log-title">{log}</{heading}><label for="{filter_id}">{show}</label><select id="{filter_id}"></select></div><ol class="log-lines" tabindex="0" aria-label="{lines}"></ol></div><details class="state-table"><summary>{table}</summary><table><thead><tr><th scope="col">{part}</th><th scope="col">{status}</th><th scope="col">{doing}</th><th scope="col">{problem}</th></tr></thead><tbody></tbody></table></details>"#,
        label = esc(&label),
        why = esc(&t!(SimWhyLabel)),
        reasons = esc(&t!(SimReasonsLabel)),
        log = esc(&t!(SimLogTitle)),
        show = esc(&t!(SimLogShow)),
        lines = esc(&t!(SimLogLinesLabel)),
        table = esc(&t!(SimTableSummary)),
        part = esc(&t!(SimTablePart)),
        status = esc(&t!(SimTableStatus)),
        doing = esc(&t!(SimTableDoing)),
        problem = esc(&t!(SimTableProblem)),
    );
    // The log's filter, by its change event bubbling to the panel.
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(select) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
            filter.set(select.value());
        }
    };
    view! { <div class="sim-live" node_ref=root on:change=on_change inner_html=skeleton></div> }
}

/// The link that reproduces this run: the page's address with the run's state as its query.
pub fn run_link(sim: Sim, path: &str) -> String {
    let query = sim.with_run(|r| {
        let events: Vec<(u64, Input)> = r.history().collect();
        let at = r.world().tick();
        match sim.setup {
            super::Setup::Lesson(_) => crate::share::encode_lesson(sim.violating(), sim.seed.get_untracked(), &events, at),
            super::Setup::Sandbox | super::Setup::Drill => crate::share::encode_sandbox(sim.practices.get_untracked(), sim.seed.get_untracked(), &events, at),
        }
    });
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}{query}", crate::url(path))
}

/// Draws the bar under a lesson's simulation, given the run and the lesson's slug.
pub type ShareFn = fn(Sim, &'static str) -> AnyView;

/// The share bar under a lesson's simulation (a [`ShareFn`]).
pub fn share_bar(sim: Sim, slug: &'static str) -> AnyView {
    view! { <ShareBar sim=sim path=crate::router::Route::Lesson(slug).path() /> }.into_any()
}

/// "Copy link": puts the run's link on the clipboard, and shows it for copying by hand.
#[component]
pub fn ShareBar(sim: Sim, path: String) -> impl IntoView {
    let link = RwSignal::new(None::<String>);
    let said = RwSignal::new(String::new());
    let field = unique_id("share-link");
    let copy = move |_| {
        let text = run_link(sim, &path);
        link.set(Some(text.clone()));
        said.set(t!(ShareMade));
        let clipboard = window().navigator().clipboard();
        leptos::task::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await.is_ok();
            let _ = said.try_set(if done { t!(ShareCopied) } else { t!(ShareCopyByHand) });
        });
    };
    let embed = RwSignal::new(false);
    let snippet = match sim.setup {
        super::Setup::Lesson(s) => {
            let origin = window().location().origin().unwrap_or_default();
            let (page, files) = (format!("{origin}{}", crate::url("/")), format!("{origin}{}", crate::asset("/")));
            Some(lessons::text::embed_snippet(
                &format!("{page}embed/{}/", s.factor.slug()),
                &files,
                crate::content::embed_height(s.factor.slug()),
                &t!(ShareEmbedTitle, number = s.factor.number(), title = &lessons::text::factor_title(s.factor)),
            ))
        }
        super::Setup::Sandbox | super::Setup::Drill => None,
    };
    let embed_button = snippet.is_some().then(|| view! {
        <button type="button" data-sim-control="embed" aria-expanded=move || embed.get().to_string() on:click=move |_| embed.update(|e| *e = !*e)>{t!(ShareEmbed)}</button>
    });
    let embed_box = snippet.map(|code| {
        view! {
            <Show when=move || embed.get()>
                <label class="embed-snippet">
                    <span>{t!(ShareEmbedHelp)}</span>
                    <textarea readonly rows="4">{code.clone()}</textarea>
                </label>
            </Show>
        }
    });
    view! {
        <div class="share-bar">
            <button type="button" data-sim-control="share" on:click=copy>{t!(ShareCopy)}</button>
            {embed_button}
            <span class="share-said" role="status">{move || said.get()}</span>
            {move || link.get().map(|l| view! {
                <label class="share-field">
                    <span class="visually-hidden">{t!(ShareLinkLabel)}</span>
                    <input id=field.clone() type="text" readonly value=l on:focus=move |ev| {
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { input.select(); }
                    } />
                </label>
            })}
            {embed_box}
        </div>
    }
}
