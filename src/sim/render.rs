//! The simulation's changing parts as markup strings: pure functions from the world (and its
//! [`Scene`]) to HTML/SVG text, written into the page once per frame by the panel.
//!
//! Drawing this way, rather than as reactive views, keeps a frame to a handful of DOM writes
//! however many instances and log lines there are, and keeps the wasm small. Every piece of
//! text is escaped; the engine's words are ours, but nothing here is trusted as markup.

use super::layout::{icon, Node, Role, Scene, WIDTH};
use engine::{Status, World, TICK_HZ};
use std::fmt::Write;

/// Escape text for HTML and SVG content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Simulated time in seconds with one decimal, e.g. `12.3`. Integer arithmetic on purpose:
/// float formatting would add several kilobytes to the wasm.
pub fn seconds(ticks: u64) -> String {
    let tenths = ticks * 10 / TICK_HZ;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Shorten `text` with an ellipsis to about `width` pixels at `char_px` per character (the
/// whole text stays in the node's title and in the table).
pub fn fit(text: &str, width: i32, char_px: i32) -> String {
    let max = (width / char_px).max(4) as usize;
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut t: String = text.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

/// The SVG of every node: a box, an icon, its name and what it is doing, and a badge when it
/// failed. Status shows as colour (CSS), icon and word.
pub fn nodes_svg(scene: &Scene) -> String {
    let mut out = String::with_capacity(scene.nodes.len() * 320);
    for n in &scene.nodes {
        node_svg(&mut out, n);
    }
    out
}

fn node_svg(out: &mut String, n: &Node) {
    let word = n.status.word();
    let title = match n.badge {
        Some(b) => format!("{}: {word}. {}. {b}", n.name, n.detail),
        None => format!("{}: {word}. {}", n.name, n.detail),
    };
    let _ = write!(
        out,
        r#"<g class="node {} status-{word}{}" transform="translate({} {})" data-node="{}" data-node-status="{word}"><title>{}</title><rect width="{}" height="{}" rx="{}"></rect>"#,
        n.role.class(),
        if n.compact { " compact" } else { "" },
        n.x,
        n.y,
        esc(&n.name),
        esc(&title),
        n.w,
        n.h,
        if n.compact { 4 } else { 8 },
    );
    if n.compact {
        let _ = write!(out, r#"<text class="icon" x="{}" y="{}" text-anchor="middle">{}</text>"#, n.w / 2, n.h / 2 + 5, icon(n.status));
    } else {
        let _ = write!(
            out,
            r#"<text class="icon" x="14" y="{}" text-anchor="middle">{}</text><text class="name" x="28" y="19">{}{}</text><text class="detail" x="28" y="37">{}</text>"#,
            n.h / 2 + 6,
            icon(n.status),
            esc(&n.name),
            // Healthy nodes say so by icon, colour and their detail ("running"); trouble is spelled out.
            if n.status == Status::Healthy { String::new() } else { format!(r#"<tspan class="word"> · {word}</tspan>"#) },
            esc(&fit(&n.detail, n.w - 34, 6))
        );
        if matches!(n.role, Role::Web | Role::Worker) {
            // Instances carry their reason inside the box, on a third line.
            if let Some(b) = n.badge {
                let _ = write!(out, r#"<text class="reason" x="28" y="53">⚠ {}</text>"#, esc(&fit(b, n.w - 34, 6)));
            }
        } else if let Some(b) = n.badge {
            // Badges on the right half grow leftwards so they stay inside the picture.
            let text = format!("⚠ {b}");
            let width = text.chars().count() as i32 * 6 + 14;
            let x = if n.x > WIDTH / 2 { (n.w - width).max(-n.x) } else { 0 };
            let _ = write!(out, r#"<g class="badge" transform="translate({x} {})"><rect width="{width}" height="18" rx="4"></rect><text x="7" y="13">{}</text></g>"#, n.h + 4, esc(&text));
        }
    }
    out.push_str("</g>");
}

/// The wires as two SVG path strings: ordinary, and alert (drawn red and dashed).
pub fn edges(scene: &Scene) -> (String, String) {
    let (mut plain, mut alert) = (String::new(), String::new());
    for e in &scene.edges {
        let _ = write!(if e.alert { &mut alert } else { &mut plain }, "M{} {}L{} {}", e.from.0, e.from.1, e.to.0, e.to.1);
    }
    (plain, alert)
}

/// The status line: icon, word, simulated time, and whether time runs.
pub fn status_line(status: Status, tick: u64, playing: bool) -> String {
    format!(
        r#"<span class="status-icon" aria-hidden="true">{}</span><span class="status-word">{}</span><span class="clock">t = {} s</span><span class="playing">{}</span>"#,
        icon(status),
        status.word(),
        seconds(tick),
        if playing { "running" } else { "paused" }
    )
}

/// What the polite live region says for a status (incidents are announced by the alert).
pub fn announcement(status: Status) -> &'static str {
    match status {
        Status::Healthy => "Status: healthy.",
        Status::Degraded => "Status: degraded; some requests are failing or slow.",
        Status::Broken => "Status: broken.",
    }
}

/// The incident banner, or nothing while the deployment has not broken. Other failures seen
/// in the same run are listed too, so a second problem is not hidden by the first. Links go
/// to the violated factor's lesson under `base` (the path the app is served from).
pub fn incident(w: &World, base: &str) -> String {
    let Some(d) = w.incident() else { return String::new() };
    let mut out = format!(
        r#"<div class="incident" data-incident="{:?}"><p class="incident-head"><span aria-hidden="true">✕ </span>Broken: {}</p><p class="incident-why">{}</p><p class="incident-factor">"#,
        d.reason,
        esc(d.reason.headline()),
        esc(d.reason.explanation())
    );
    let _ = write!(out, "at t = {} s", seconds(d.tick));
    if let Some(f) = d.factor() {
        let _ = write!(
            out,
            r#" · Violated factor: <strong>{}. {}</strong> · <a href="{}/factors/{}#how-to-fix-it">How to fix it</a>"#,
            f.number(),
            esc(f.title()),
            esc(base),
            f.slug()
        );
    }
    out.push_str("</p>");
    let others: Vec<String> = w.diagnoses().filter(|(o, _)| o.reason != d.reason && o.reason.factor().is_some()).map(|(o, n)| format!("{} ({n}×)", esc(o.reason.headline()))).collect();
    if !others.is_empty() {
        let _ = write!(out, r#"<p class="incident-more">Also seen in this run: {}</p>"#, others.join("; "));
    }
    out.push_str("</div>");
    out
}

/// The counters: served, failed, dropped, in flight, latency, and losses where they happen.
pub fn counters(w: &World) -> String {
    let c = w.counters();
    let (p50, p95) = w.latency_ms();
    let mut items = vec![
        ("served", "Served", c.served.to_string()),
        ("failed", "Failed", c.failed.to_string()),
        ("dropped", "Dropped", c.dropped.to_string()),
        ("in-flight", "In flight", w.in_flight().to_string()),
        ("latency", "Latency p50 / p95", format!("{p50} / {p95} ms")),
    ];
    if c.carts_lost > 0 {
        items.push(("lost", "Carts lost", c.carts_lost.to_string()));
    }
    if c.jobs_twice > 0 {
        items.push(("lost", "Jobs run twice", c.jobs_twice.to_string()));
    }
    if c.logs_lost > 0 {
        items.push(("lost", "Log lines lost", c.logs_lost.to_string()));
    }
    let mut out = String::new();
    for (class, label, value) in items {
        let _ = write!(out, r#"<div class="counter {class}"><dt>{label}</dt><dd>{value}</dd></div>"#);
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
            msg = esc(&l.to_string())
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
    let mut out = String::from(r#"<option value="">every source</option>"#);
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
            r#"<tr class="status-{w}"><th scope="row">{}</th><td>{} {w}</td><td>{}</td><td>{}</td></tr>"#,
            esc(&n.name),
            icon(n.status),
            esc(&n.detail),
            esc(n.badge.unwrap_or("")),
            w = n.status.word()
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
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
    fn seconds_have_one_decimal() {
        assert_eq!(seconds(0), "0.0");
        assert_eq!(seconds(TICK_HZ * 12 + TICK_HZ / 2), "12.5");
    }

    #[test]
    fn a_broken_world_says_why_everywhere() {
        let w = broken_config();
        let sc = scene(&w, Scenario::by_id("config").unwrap().shows);
        let banner = incident(&w, "/sub");
        assert!(banner.contains("Broken: Staging wrote to the production database"), "{banner}");
        assert!(banner.contains("Violated factor: <strong>3. Config</strong>"), "{banner}");
        assert!(banner.contains(r#"href="/sub/factors/config#how-to-fix-it""#), "{banner}");
        let svg = nodes_svg(&sc);
        assert!(svg.contains(r#"data-node="database""#) && svg.contains("status-broken"));
        assert!(svg.contains("⚠ Staging wrote to the production database"));
        assert_eq!(fit("crashed · v1 · disk 100%", 105, 7), "crashed · v1 ·…");
        assert_eq!(fit("short", 110, 7), "short");
        assert!(table_rows(&sc).contains("✕ broken"));
        assert!(status_line(w.status(), w.tick(), true).contains(">broken<"));
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
        assert_eq!(incident(&w, ""), "");
        let c = counters(&w);
        assert!(c.contains("<dt>Served</dt>") && !c.contains("<dt>Served</dt><dd>0<"), "{c}");
        assert!(source_options(&log_sources(&w), "web.1").contains(r#"value="web.1" selected"#));
    }
}
