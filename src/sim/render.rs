//! The simulation's changing parts as markup strings: pure functions from the world (and its
//! [`Scene`]) to HTML/SVG text, written into the page once per frame by the panel.
//!
//! Drawing this way, rather than as reactive views, keeps a frame to a handful of DOM writes
//! however many instances and log lines there are, and keeps the wasm small. Every piece of
//! text is escaped; the engine's words are ours, but nothing here is trusted as markup.

use super::layout::{icon, Node, Role, Scene};
use engine::{Status, World, TICK_HZ};
use std::fmt::Write;

use i18n::t;
pub use lessons::text::esc;
use lessons::words;

/// Simulated time in seconds with one decimal, as a message's value (written with the
/// language's decimal sign).
pub fn seconds_arg(ticks: u64) -> i18n::Arg<'static> {
    i18n::Arg::fixed((ticks * 10 / TICK_HZ) as i64, 1)
}

/// Simulated time in seconds with one decimal, e.g. `12.3`. Integer arithmetic on purpose:
/// float formatting would add several kilobytes to the wasm.
pub fn seconds(ticks: u64) -> String {
    let tenths = ticks * 10 / TICK_HZ;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// About how wide `c` is, in tenths of the font size, in a system sans-serif: enough to
/// place text without a browser to measure it (the end-to-end tests measure the real thing).
fn tenths(c: char) -> i32 {
    match c {
        'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' | '·' | 'I' | 'f' | 't' | 'r' | '(' | ')' => 3,
        'm' | 'w' | 'M' | 'W' | '%' | '@' => 9,
        c if c.is_ascii_uppercase() => 7,
        '$' | '#' | '&' | '⚠' | '✓' | '✕' => 7,
        _ => 6,
    }
}

/// The width of `text` in pixels at `font_px`, with room to spare: wide fallback fonts
/// (DejaVu Sans on Linux) run about a tenth wider than the estimate.
pub fn text_px(text: &str, font_px: i32) -> i32 {
    text.chars().map(tenths).sum::<i32>() * font_px * 12 / 100
}

/// The same for bold text.
fn bold_px(text: &str, font_px: i32) -> i32 {
    text_px(text, font_px) * 11 / 10
}

/// How wide a node's name is drawn, in bold: the plain estimate's spare room covers bold
/// lower-case letters (DejaVu Sans Bold, the widest common fallback, stays inside it).
pub fn name_px(name: &str) -> i32 {
    text_px(name, NAME_PX)
}

/// Break `text` into at most `max_lines` lines of at most `width` pixels at `font_px`, at
/// spaces where it can; the last line ends with an ellipsis if the text does not fit (the
/// whole text stays in the node's title, the reasons list and the table).
pub fn wrap(text: &str, width: i32, font_px: i32, max_lines: usize) -> Vec<String> {
    wrap_by(text, width, max_lines, |t| text_px(t, font_px))
}

fn wrap_by(text: &str, width: i32, max_lines: usize, text_px: impl Fn(&str) -> i32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if text_px(&candidate) <= width || line.is_empty() && text_px(word) <= width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        line = word.to_string();
        if lines.len() == max_lines {
            break;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines || lines.iter().any(|l| text_px(l) > width) {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("at least one line");
        while !last.is_empty() && text_px(&format!("{last}…")) > width {
            last.pop();
        }
        last.push('…');
    }
    lines
}

/// Font sizes in the picture, in CSS pixels (it is drawn 1:1).
const NAME_PX: i32 = 14;
const TEXT_PX: i32 = 12;

/// The SVG of every node: a box, an icon, its name and status word, what it is doing, and
/// why it failed, all inside the box. Status shows as colour (CSS), icon and word.
pub fn nodes_svg(scene: &Scene) -> String {
    let mut out = String::with_capacity(scene.nodes.len() * 320);
    for n in &scene.nodes {
        node_svg(&mut out, n);
    }
    out
}

fn node_svg(out: &mut String, n: &Node) {
    let code = n.status.word();
    let word = status_word(n.status);
    let badge = n.badge.map(words::headline);
    let title = match &badge {
        Some(b) => format!("{}: {word}. {}. {b}", n.label, n.detail),
        None => format!("{}: {word}. {}", n.label, n.detail),
    };
    let _ = write!(
        out,
        r#"<g class="node {} status-{code}{}" transform="translate({} {})" data-node="{}" data-node-status="{code}"><title>{}</title><rect x="1" y="1" width="{}" height="{}" rx="{}"></rect>"#,
        n.role.class(),
        if n.compact { " compact" } else { "" },
        n.x,
        n.y,
        esc(&n.name),
        esc(&title),
        n.w - 2,
        n.h - 2,
        if n.compact { 4 } else { 8 },
    );
    if n.compact {
        // A tile: its status icon and its number (`web.12` is 12; workers are `w3`).
        let number = n.name.rsplit('.').next().unwrap_or("");
        let label = if n.role == Role::Worker { format!("w{number}") } else { number.to_string() };
        let _ = write!(out, r#"<text class="tile" x="{}" y="{}" text-anchor="middle">{}{}</text>"#, n.w / 2, n.h / 2 + 5, icon(n.status), esc(&label));
    } else {
        let inner = n.w - super::layout::NAME_X_ROOM;
        let head = if n.status == Status::Healthy { n.label.clone() } else { format!("{} · {word}", n.label) };
        // A name longer than its box (a longer language) is cut with an ellipsis; the box's
        // title and the table have it whole.
        let name = wrap_by(&n.label, inner, 1, name_px).pop().unwrap_or_default();
        let _ =
            write!(out, r#"<text class="icon" x="15" y="22" text-anchor="middle">{}</text><text class="name" x="28" y="20">{}"#, icon(n.status), esc(&name));
        // Healthy nodes say so by icon, colour and their detail ("running"); trouble is spelled out.
        if n.status != Status::Healthy && bold_px(&head, NAME_PX) <= inner {
            let _ = write!(out, r#"<tspan class="word"> · {}</tspan>"#, esc(&word));
        }
        out.push_str("</text>");
        let instance = matches!(n.role, Role::Web | Role::Worker);
        let detail_lines = if instance { 2 } else { 1 };
        let mut y = 38;
        for line in wrap(&n.detail, inner, TEXT_PX, detail_lines) {
            let _ = write!(out, r#"<text class="detail" x="28" y="{y}">{}</text>"#, esc(&line));
            y += 15;
        }
        if let Some(b) = badge {
            // The reason, inside the box under what it is doing; never on top of another node.
            let mut y = if instance { 70 } else { 55 };
            for line in wrap_by(&format!("⚠ {b}"), inner, 2, |t| bold_px(t, TEXT_PX)) {
                let _ = write!(out, r#"<text class="reason" x="28" y="{y}">{}</text>"#, esc(&line));
                y += 15;
            }
        }
    }
    out.push_str("</g>");
}

/// Every reason shown in the picture, once, with the nodes it belongs to: the full text of
/// what the boxes may have had to shorten.
pub fn reasons(scene: &Scene) -> String {
    let mut seen: Vec<(engine::Reason, Vec<&str>)> = Vec::new();
    for n in &scene.nodes {
        if let Some(b) = n.badge {
            match seen.iter_mut().find(|(r, _)| *r == b) {
                Some((_, names)) => names.push(&n.label),
                None => seen.push((b, vec![&n.label])),
            }
        }
    }
    let mut out = String::new();
    for (reason, names) in seen {
        let _ = write!(out, r#"<li><span aria-hidden="true">⚠ </span><strong>{}</strong>: {}</li>"#, esc(&names.join(", ")), esc(&words::headline(reason)));
    }
    out
}

/// The wires as two SVG path strings: ordinary, and alert (drawn red and dashed).
pub fn edges(scene: &Scene) -> (String, String) {
    let (mut plain, mut alert) = (String::new(), String::new());
    for e in &scene.edges {
        let _ = write!(if e.alert { &mut alert } else { &mut plain }, "M{} {}L{} {}", e.from.0, e.from.1, e.to.0, e.to.1);
    }
    (plain, alert)
}

/// The status line: icon, word, simulated time, and whether time runs (and if not, why).
pub fn status_line(status: Status, tick: u64, playing: bool, visible: bool) -> String {
    format!(
        r#"<span class="status-icon" aria-hidden="true">{}</span><span class="status-word">{}</span><span class="clock">t = {} s</span><span class="playing">{}</span>"#,
        icon(status),
        esc(&status_word(status)),
        seconds_local(tick),
        esc(&match (playing, visible) {
            (true, true) => t!(StatusRunning),
            (true, false) => t!(StatusPausedOffScreen),
            (false, _) if tick == 0 => t!(StatusPausedStart),
            (false, _) => t!(StatusPaused),
        })
    )
}

/// What the polite live region says for a status (incidents are announced by the alert).
pub fn announcement(status: Status) -> String {
    match status {
        Status::Healthy => t!(AnnounceHealthy),
        Status::Degraded => t!(AnnounceDegraded),
        Status::Broken => t!(AnnounceBroken),
    }
}

/// A status in words (its code, `status.word()`, names classes and attributes).
pub fn status_word(status: Status) -> String {
    match status {
        Status::Healthy => t!(StatusHealthy),
        Status::Degraded => t!(StatusDegraded),
        Status::Broken => t!(StatusBroken),
    }
}

/// Simulated time in seconds with one decimal, with the language's decimal sign.
pub fn seconds_local(ticks: u64) -> String {
    i18n::number(i18n::Num { scaled: (ticks * 10 / TICK_HZ) as i64, decimals: 1 })
}

/// The incident line, in a slot of fixed height above the picture: what broke, when, which
/// factor and where to read how to fix it; or a quiet line while nothing has. Links go to the
/// violated factor's lesson under `base` (the path the app is served from). The explanation
/// sits under the picture ([`why`]), so the picture never moves when the banner appears.
/// `blind` (a drill) leaves the factor out: naming it is the learner's job.
pub fn incident(w: &World, base: &str, blind: bool) -> String {
    let Some(d) = w.incident() else {
        return format!(r#"<p class="incident-none">{}</p>"#, esc(&t!(IncidentNone)));
    };
    let headline = words::headline(d.reason);
    let mut out = format!(
        r#"<div class="incident" data-incident="{:?}" data-headline="{}"><p class="incident-head"><span aria-hidden="true">✕ </span>{}</p><p class="incident-factor">"#,
        d.reason,
        esc(&headline),
        esc(&t!(IncidentBroken, what = &headline)),
    );
    out.push_str(&esc(&t!(IncidentAt, seconds = seconds_arg(d.tick))));
    match d.factor() {
        _ if blind => out.push_str(&esc(&t!(IncidentBlind))),
        Some(f) => {
            let factor = format!("<strong>{}</strong>", esc(&lessons::text::factor_name(f)));
            let link = format!(
                r#"<a href="{}{}#{}">{}</a>"#,
                esc(base),
                crate::router::Route::Lesson(f.slug()).path(),
                esc(&t!(SectionFixId)),
                esc(&t!(IncidentHowToFix))
            );
            // The message is text; its two parts are markup made here.
            out.push_str(&esc(&t!(IncidentFactor, factor = "\u{1}", link = "\u{2}")).replace('\u{1}', &factor).replace('\u{2}', &link));
        }
        None => out.push_str(&esc(&t!(IncidentNoFactor))),
    }
    out.push_str("</p></div>");
    out
}

/// Why the deployment broke, in a sentence, and the other failures seen in the run. `blind`
/// (a drill): only the symptoms seen, as an on-call engineer would list them.
pub fn why(w: &World, blind: bool) -> String {
    if blind {
        let seen: Vec<String> = w.diagnoses().map(|(o, n)| format!("<li>{} ({n}×)</li>", esc(&words::headline(o.reason)))).collect();
        return if seen.is_empty() {
            format!(r#"<p class="why-none">{}</p>"#, esc(&t!(WhyNoFailures)))
        } else {
            format!(r#"<p class="incident-why"><strong>{}</strong></p><ul class="symptoms">{}</ul>"#, esc(&t!(WhySymptoms)), seen.concat())
        };
    }
    let Some(d) = w.incident() else {
        return format!(r#"<p class="why-none">{}</p>"#, esc(&t!(WhyWaiting)));
    };
    let mut out = format!(r#"<p class="incident-why"><strong>{}</strong> {}</p>"#, esc(&t!(WhyLabel)), esc(&words::explanation(d.reason)));
    let others: Vec<String> = w
        .diagnoses()
        .filter(|(o, _)| o.reason != d.reason && o.reason.factor().is_some())
        .map(|(o, n)| format!("{} ({n}×)", words::headline(o.reason)))
        .collect();
    if !others.is_empty() {
        let _ = write!(out, r#"<p class="incident-more">{}</p>"#, esc(&t!(WhyAlso, reasons = &others.join("; "))));
    }
    out
}

/// The counters: served, failed, dropped, in flight, latency, and losses where they happen.
pub fn counters(w: &World) -> String {
    let c = w.counters();
    let (p50, p95) = w.latency_ms();
    let items = [
        ("served", t!(CounterServed), c.served.to_string()),
        ("failed", t!(CounterFailed), c.failed.to_string()),
        ("dropped", t!(CounterDropped), c.dropped.to_string()),
        ("in-flight", t!(CounterInFlight), w.in_flight().to_string()),
        ("latency", t!(CounterLatency), t!(CounterLatencyValue, p50 = p50, p95 = p95)),
        // Always all of them, so the counters never reflow when a loss first appears.
        ("lost", t!(CounterCartsLost), c.carts_lost.to_string()),
        ("lost", t!(CounterJobsTwice), c.jobs_twice.to_string()),
        ("lost", t!(CounterLogsLost), c.logs_lost.to_string()),
    ];
    let mut out = String::new();
    for (class, label, value) in items {
        let _ = write!(out, r#"<div class="counter {class}"><dt>{}</dt><dd>{}</dd></div>"#, esc(&label), esc(&value));
    }
    out
}

/// The newest `max` log lines, newest first, optionally from one source only.
pub fn log_lines(w: &World, source: &str, max: usize) -> String {
    let mut out = String::new();
    let mut n = 0;
    for l in w.log().iter().rev() {
        if n == max {
            break;
        }
        let src = l.source.to_string();
        if !source.is_empty() && src != source {
            continue;
        }
        n += 1;
        let _ = write!(
            out,
            r#"<li class="level-{lvl}"><span class="t">{t:>6}s</span> <span class="src">{src}</span> <span class="lvl">{lvl}</span> <span class="msg">{msg}</span></li>"#,
            lvl = l.level.word(),
            t = seconds(l.tick),
            src = esc(&src),
            msg = esc(&words::log_text(l))
        );
    }
    out
}

/// The log's sources, sorted, for the filter.
pub fn log_sources(w: &World) -> Vec<String> {
    let mut s: Vec<String> = w.log().iter().map(|l| l.source.to_string()).collect();
    s.sort_unstable();
    s.dedup();
    s
}

/// The filter's options, keeping `selected` selected.
pub fn source_options(sources: &[String], selected: &str) -> String {
    let mut out = format!(r#"<option value="">{}</option>"#, esc(&t!(SimLogEverySource)));
    for s in sources {
        let sel = if s == selected { " selected" } else { "" };
        let _ = write!(out, r#"<option value="{0}"{sel}>{0}</option>"#, esc(s));
    }
    out
}

/// The picture as table rows, for screen readers and anyone who prefers text.
pub fn table_rows(scene: &Scene) -> String {
    let mut out = String::new();
    for n in &scene.nodes {
        let _ = write!(
            out,
            r#"<tr class="status-{}"><th scope="row">{}</th><td>{} {}</td><td>{}</td><td>{}</td></tr>"#,
            n.status.word(),
            esc(&n.label),
            icon(n.status),
            esc(&status_word(n.status)),
            esc(&n.detail),
            esc(&n.badge.map(words::headline).unwrap_or_default()),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_longer_than_its_box_is_cut_to_fit() {
        let node = Node {
            name: "session store".into(),
            label: "[šééššííóóñ šţóóŕéé]".into(),
            role: Role::SessionStore,
            x: 0,
            y: 0,
            w: 150,
            h: 60,
            status: Status::Healthy,
            detail: String::new(),
            badge: None,
            compact: false,
        };
        let mut out = String::new();
        node_svg(&mut out, &node);
        let name = out.split(r#"<text class="name" x="28" y="20">"#).nth(1).and_then(|r| r.split('<').next()).unwrap();
        assert!(name.ends_with('…') && name_px(name) <= 150 - super::super::layout::NAME_X_ROOM, "{name}");
        assert!(out.contains("<title>[šééššííóóñ šţóóŕéé]:"), "the title has it whole");
    }
    use crate::sim::layout::scene;
    use engine::{Input, Scenario};

    fn broken_config() -> World {
        let s = Scenario::by_id("config").unwrap();
        let mut w = World::for_scenario(s, true, 1);
        w.apply(Input::DeployStaging);
        for _ in 0..20 * TICK_HZ {
            w.step();
        }
        w
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(esc(r#"<script>"x"&'y'"#), "&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;");
    }

    #[test]
    fn text_wraps_at_spaces_within_its_width_and_lines() {
        let lines = wrap("⚠ Standby ready, but its address is in the code", 190, 12, 2);
        assert!(lines.len() == 2 && lines.iter().all(|l| text_px(l, 12) <= 190), "{lines:?}");
        assert_eq!(lines.join(" "), "⚠ Standby ready, but its address is in the code");
        let cut = wrap("⚠ Standby ready, but its address is in the code", 90, 12, 2);
        assert_eq!(cut.len(), 2);
        assert!(cut[1].ends_with('…') && text_px(&cut[1], 12) <= 90, "{cut:?}");
        assert_eq!(wrap("short", 200, 12, 1), vec!["short"]);
        assert!(wrap("averyveryverylongwordwithoutspaces", 60, 12, 1)[0].ends_with('…'));
    }

    #[test]
    fn seconds_have_one_decimal() {
        assert_eq!(seconds(0), "0.0");
        assert_eq!(seconds(TICK_HZ * 12 + TICK_HZ / 2), "12.5");
    }

    #[test]
    fn a_broken_world_says_why_everywhere() {
        let w = broken_config();
        let sc = scene(&w, Scenario::by_id("config").unwrap().shows, 760);
        let banner = incident(&w, "/sub", false);
        assert!(banner.contains("Broken: Staging wrote to the production database"), "{banner}");
        assert!(why(&w, false).contains("staging deploy"), "{}", why(&w, false));
        assert!(!incident(&w, "/sub", true).contains("Config") && !why(&w, true).contains("staging deploy"), "a drill names no factor and no cause");
        assert!(banner.contains("Violated factor: <strong>3. Config</strong>"), "{banner}");
        assert!(banner.contains(r#"href="/sub/factors/config#how-to-fix-it""#), "{banner}");
        let svg = nodes_svg(&sc);
        assert!(svg.contains(r#"data-node="database""#) && svg.contains("status-broken"));
        assert!(svg.contains("⚠ Staging wrote"), "{svg}");
        assert!(reasons(&sc).contains("<strong>database</strong>: Staging wrote to the production database"));
        assert!(table_rows(&sc).contains("✕ broken"));
        assert!(status_line(w.status(), w.tick(), true, true).contains(">broken<"));
        assert!(status_line(w.status(), w.tick(), true, false).contains("paused while off screen"));
        assert!(log_lines(&w, "staging", 10).contains("staging"));
        assert!(!log_lines(&w, "staging", 10).contains(">web.1<"));
    }

    #[test]
    fn healthy_world_has_no_banner_and_counts_traffic() {
        let s = Scenario::by_id("logs").unwrap();
        let mut w = World::for_scenario(s, false, 1);
        for _ in 0..3 * TICK_HZ {
            w.step();
        }
        assert!(incident(&w, "", false).contains("No incident"));
        assert!(why(&w, false).contains("appears here"));
        let c = counters(&w);
        assert!(c.contains("<dt>Served</dt>") && !c.contains("<dt>Served</dt><dd>0<"), "{c}");
        assert!(source_options(&log_sources(&w), "web.1").contains(r#"value="web.1" selected"#));
    }
}
