//! The practice pages as static HTML: the chaos sandbox, the missions (the list and each
//! mission) and the incident drills. Their introductions, a mission's goal and forecast, and
//! the mission list read before and without the wasm; the parts that play are islands the
//! practice bundles make live (see `src/pages/islands.rs`). The templates are those bundles'
//! Trunk-built pages (`sandbox/index.html`, `practice/index.html`).

use super::{chrome, fill, json, name, Head, Site};
use crate::text::{capitalise, esc, mission_meta, mission_plan_head, stars, stars_label};
use tfp_engine::mission::{Mission, MISSIONS};
use tfp_engine::Input;

/// Where a simulation will be, before the app runs: what it is, a note that says it is
/// starting or (with scripts off) what it needs, then `more` (HTML).
fn sim_placeholder(title: &str, what: &str, more: &str) -> String {
    format!(
        r#"<section class="sim sim-static" aria-label="{title}"><p class="sim-static-note" role="status"><span class="sim-loading">Starting {what}…</span><noscript>{what_cap} runs in your browser and needs JavaScript and WebAssembly; this introduction reads without them.</noscript></p>{more}</section>"#,
        title = esc(title),
        what_cap = capitalise(what),
    )
}

/// Structured data for an interactive page that is part of the course.
fn resource(site: Site, what: &str, description: &str, path: &str) -> String {
    format!(
        r#"{{"@context":"https://schema.org","@type":"LearningResource","name":{},"description":{},"url":{},"inLanguage":{},"learningResourceType":"interactive simulation","interactivityType":"active","isAccessibleForFree":true,"isPartOf":{{"@type":"Course","name":{},"url":{}}}}}"#,
        json(what),
        json(description),
        json(&site.page_url(site.lang, path)),
        json(site.lang.code()),
        json(&name()),
        json(&site.home_url()),
    )
}

/// A practice page's head: `name` is what the page is (`Missions`), `title` the document's title.
fn head(site: Site, what: &str, title: String, description: &str, path: &str) -> Head {
    Head {
        title,
        description: description.to_string(),
        path: path.to_string(),
        oembed: None,
        json_ld: resource(site, what, description, path),
        image: format!("{}icon-512.png", site.url),
        image_alt: name(),
    }
}

const SANDBOX_LEDE: &str = "One app, all twelve switches. It starts as a typical legacy app with five shortcuts. Throw trouble at it, watch what breaks, and fix it one factor at a time until it survives everything.";

/// `sandbox/`: the introduction, and what can be thrown at the app, in words.
pub fn sandbox_page(template: &str, site: Site) -> Result<String, String> {
    let trouble = Input::EVENTS.iter().map(|i| esc(i.label())).collect::<Vec<_>>().join(", ");
    let main = format!(
        r#"<article class="sandbox">
<header class="lesson-head"><p class="kicker">After the twelve lessons</p><h1>Chaos sandbox</h1><p class="lede">{SANDBOX_LEDE}</p></header>
<div class="island" data-island="sandbox">{}</div>
</article>"#,
        sim_placeholder(
            "The app and its platform",
            "the sandbox",
            &format!(r#"<p class="sim-static-list"><strong>The trouble you can throw at it: </strong>{trouble}.</p>"#)
        )
    );
    fill(
        template,
        site,
        &head(site, "Chaos sandbox", format!("Chaos sandbox · {}", name()), SANDBOX_LEDE, "sandbox/"),
        &chrome(site, "sandbox/", Some("sandbox/"), &main),
    )
}

const MISSIONS_LEDE: &str = "Each mission is an app with shortcuts and a forecast of what production will throw at it. You may fix only a few switches before the run starts: choose the ones the forecast will hit. The same plan always gives the same run.";

/// The mission list, as the app's `MissionList` renders it before any stars are won.
pub fn mission_list(site: Site) -> String {
    let items = MISSIONS
        .iter()
        .enumerate()
        .map(|(i, m)| {
            format!(
                r#"<li class="mission-card" data-mission="{id}"><h2><a href="{b}{path}">{n}. {title}</a></h2><p>{brief}</p><p class="mission-meta">{meta}<span class="mission-best"> · <span class="mission-stars" aria-label="{label}">{stars}</span></span></p></li>"#,
                id = m.id,
                b = site.home(),
                path = mission_path(m),
                n = i + 1,
                title = esc(m.title),
                brief = esc(m.brief),
                meta = esc(&mission_meta(m)),
                label = stars_label(0),
                stars = stars(0),
            )
        })
        .collect::<String>();
    format!(r#"<ol class="mission-list">{items}</ol>"#)
}

/// `missions/`: the introduction and every mission.
pub fn missions_page(template: &str, site: Site) -> Result<String, String> {
    let main = format!(
        r#"<article class="missions">
<header class="lesson-head"><p class="kicker">After the lessons</p><h1>Missions</h1><p class="lede">{MISSIONS_LEDE}</p></header>
<div class="island" data-island="missions">{}</div>
</article>"#,
        mission_list(site)
    );
    fill(
        template,
        site,
        &head(site, "Missions", format!("Missions · {}", name()), MISSIONS_LEDE, "missions/"),
        &chrome(site, "missions/", Some("missions/"), &main),
    )
}

/// `missions/<id>/`: the situation, the goal and the forecast.
pub fn mission_page(template: &str, site: Site, m: &Mission) -> Result<String, String> {
    let path = mission_path(m);
    let main = format!(
        r#"<article class="mission">
<header class="lesson-head"><p class="kicker"><a href="{b}missions/">Missions</a></p><h1>{title}</h1><p class="lede">{brief}</p></header>
<div class="island" data-island="mission" data-mission="{id}"><section class="mission-plan" aria-labelledby="plan-title"><div class="mission-plan-head">{plan}</div></section>{sim}</div>
</article>"#,
        b = site.home(),
        id = m.id,
        title = esc(m.title),
        brief = esc(m.brief),
        plan = mission_plan_head(m),
        sim = sim_placeholder("The run", "the mission", ""),
    );
    let head = head(site, m.title, format!("{} · Missions · {}", m.title, name()), m.brief, &path);
    fill(template, site, &head, &chrome(site, &path, Some("missions/"), &main))
}

const DRILLS_LEDE: &str = "Something is wrong with a deployment: one, two or three of the twelve factors are violated, and the switches are hidden. Look at the picture, the counters and the log; run a few probes, each of which replays the incident from the moment you arrived, on a copy, with one event thrown at it. Then name the factors.";

/// `drills/`: the introduction; the incident itself is drawn by the app (from `?level=&seed=`).
pub fn drills_page(template: &str, site: Site) -> Result<String, String> {
    let main = format!(
        r#"<article class="drills">
<header class="lesson-head"><p class="kicker">Practise being on call</p><h1>Incident drills</h1><p class="lede">{DRILLS_LEDE}</p></header>
<div class="island" data-island="drill"><p class="drill-brief"><span class="sim-loading">Opening an incident…</span></p>{}</div>
</article>"#,
        sim_placeholder("The incident", "the drill", "")
    );
    fill(
        template,
        site,
        &head(site, "Incident drills", format!("Incident drills · {}", name()), DRILLS_LEDE, "drills/"),
        &chrome(site, "drills/", Some("drills/"), &main),
    )
}

/// A mission's path under the base: `missions/<id>/`.
pub fn mission_path(m: &Mission) -> String {
    crate::route::Route::Mission(m.id).rel()
}

/// The paths of the practice pages (the sandbox's and the practice bundle's), from the route table.
pub fn paths() -> Vec<String> {
    use crate::route::Bundle;
    super::routes(&[]).into_iter().filter(|r| matches!(r.bundle(), Bundle::Sandbox | Bundle::Practice)).map(crate::route::Route::rel).collect()
}
