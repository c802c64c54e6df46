//! The practice pages as static HTML: the chaos sandbox, the missions (the list and each
//! mission) and the incident drills. Their introductions, a mission's goal and forecast, and
//! the mission list read before and without the wasm; the parts that play are islands the
//! practice bundles make live (see `src/pages/islands.rs`). The templates are those bundles'
//! Trunk-built pages (`sandbox/index.html`, `practice/index.html`).

use super::{chrome, fill, json, name, Head, Site};
use crate::text::{esc, mission_meta, mission_plan_head, stars, stars_label};
use i18n::t;
use tfp_engine::mission::{Mission, MISSIONS};
use tfp_engine::Input;

/// Where a simulation will be, before the app runs: what it is, a note that says it is
/// `starting` or (with scripts off) what it needs (`noscript`), then `more` (HTML).
fn sim_placeholder(title: &str, starting: &str, noscript: &str, more: &str) -> String {
    format!(
        r#"<section class="sim sim-static" aria-label="{title}"><p class="sim-static-note" role="status"><span class="sim-loading">{starting}</span><noscript>{noscript}</noscript></p>{more}</section>"#,
        title = esc(title),
        starting = esc(starting),
        noscript = esc(noscript),
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

/// `sandbox/`: the introduction, and what can be thrown at the app, in words.
pub fn sandbox_page(template: &str, site: Site) -> Result<String, String> {
    let trouble = Input::EVENTS.iter().map(|i| esc(&crate::words::event(*i))).collect::<Vec<_>>().join(", ");
    let (title, lede) = (t!(SandboxTitle), t!(SandboxLede));
    let main = format!(
        r#"<article class="sandbox">
<header class="lesson-head"><p class="kicker">{kicker}</p><h1>{h1}</h1><p class="lede">{lede_html}</p></header>
<div class="island" data-island="sandbox">{sim}</div>
</article>"#,
        kicker = esc(&t!(SandboxKicker)),
        h1 = esc(&title),
        lede_html = esc(&lede),
        sim = sim_placeholder(
            &t!(SandboxSimTitle),
            &t!(SandboxStarting),
            &t!(SandboxNoscript),
            &format!(r#"<p class="sim-static-list"><strong>{}</strong>{trouble}.</p>"#, esc(&t!(SandboxTroubleIntro)))
        )
    );
    fill(template, site, &head(site, &title, format!("{title} · {}", name()), &lede, "sandbox/"), &chrome(site, "sandbox/", Some("sandbox/"), &main))
}

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
                title = esc(&crate::words::mission(m).0),
                brief = esc(&crate::words::mission(m).1),
                meta = esc(&mission_meta(m)),
                label = esc(&stars_label(0)),
                stars = stars(0),
            )
        })
        .collect::<String>();
    format!(r#"<ol class="mission-list">{items}</ol>"#)
}

/// `missions/`: the introduction and every mission.
pub fn missions_page(template: &str, site: Site) -> Result<String, String> {
    let (title, lede) = (t!(MissionListTitle), t!(MissionListLede));
    let main = format!(
        r#"<article class="missions">
<header class="lesson-head"><p class="kicker">{kicker}</p><h1>{h1}</h1><p class="lede">{lede_html}</p></header>
<div class="island" data-island="missions">{list}</div>
</article>"#,
        kicker = esc(&t!(MissionListKicker)),
        h1 = esc(&title),
        lede_html = esc(&lede),
        list = mission_list(site)
    );
    fill(template, site, &head(site, &title, format!("{title} · {}", name()), &lede, "missions/"), &chrome(site, "missions/", Some("missions/"), &main))
}

/// `missions/<id>/`: the situation, the goal and the forecast.
pub fn mission_page(template: &str, site: Site, m: &Mission) -> Result<String, String> {
    let path = mission_path(m);
    let missions = t!(MissionListTitle);
    let main = format!(
        r#"<article class="mission">
<header class="lesson-head"><p class="kicker"><a href="{b}missions/">{missions_html}</a></p><h1>{title}</h1><p class="lede">{brief}</p></header>
<div class="island" data-island="mission" data-mission="{id}"><section class="mission-plan" aria-labelledby="plan-title"><div class="mission-plan-head">{plan}</div></section>{sim}</div>
</article>"#,
        b = site.home(),
        missions_html = esc(&missions),
        id = m.id,
        title = esc(&crate::words::mission(m).0),
        brief = esc(&crate::words::mission(m).1),
        plan = mission_plan_head(m),
        sim = sim_placeholder(&t!(MissionRunTitle), &t!(MissionStarting), &t!(MissionNoscript), ""),
    );
    let (title, brief) = crate::words::mission(m);
    let head = head(site, &title, format!("{title} · {missions} · {}", name()), &brief, &path);
    fill(template, site, &head, &chrome(site, &path, Some("missions/"), &main))
}

/// `drills/`: the introduction; the incident itself is drawn by the app (from `?level=&seed=`).
pub fn drills_page(template: &str, site: Site) -> Result<String, String> {
    let (title, lede) = (t!(DrillTitle), t!(DrillLede));
    let main = format!(
        r#"<article class="drills">
<header class="lesson-head"><p class="kicker">{kicker}</p><h1>{h1}</h1><p class="lede">{lede_html}</p></header>
<div class="island" data-island="drill"><p class="drill-brief"><span class="sim-loading">{opening}</span></p>{sim}</div>
</article>"#,
        kicker = esc(&t!(DrillKicker)),
        h1 = esc(&title),
        lede_html = esc(&lede),
        opening = esc(&t!(DrillOpening)),
        sim = sim_placeholder(&t!(DrillSimLabel), &t!(DrillStarting), &t!(DrillNoscript), "")
    );
    fill(template, site, &head(site, &title, format!("{title} · {}", name()), &lede, "drills/"), &chrome(site, "drills/", Some("drills/"), &main))
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
