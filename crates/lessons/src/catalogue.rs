//! The catalogue the build exports for the JavaScript side (`catalogue.json` in the release
//! build): lessons, factors, missions, events, metrics and the practice pages, each read from
//! where it is defined (the content, the engine), so the scripts and the end-to-end tests never
//! keep a list of their own.

use crate::route::Route;
use crate::site::{json, lesson_path, page_paths, practice::mission_path, Site};
use crate::Lesson;
use std::fmt::Write;
use tfp_engine::mission::MISSIONS;
use tfp_engine::{Factor, Input, World};

/// The catalogue as JSON. `all` are the parsed lessons, the introduction first.
pub fn catalogue_json(site: Site, all: &[Lesson]) -> String {
    let list = |items: Vec<String>| format!("[\n    {}\n  ]", items.join(",\n    "));
    let lessons = all
        .iter()
        .filter(|l| l.meta.number > 0)
        .map(|l| {
            format!(
                r#"{{"slug":{},"number":{},"title":{},"path":{},"embed":{},"present":{},"scenario":{},"factor":{}}}"#,
                json(&l.meta.slug),
                l.meta.number,
                json(&l.meta.title),
                json(&lesson_path(l)),
                json(&Route::Embed(&l.meta.slug).path()[1..]),
                json(&Route::Present(&l.meta.slug).path()[1..]),
                l.meta.scenario.as_deref().map_or("null".to_string(), json),
                l.meta.factor().map_or("null".to_string(), |f| json(f.slug()))
            )
        })
        .collect();
    let factors = Factor::ALL.iter().map(|f| format!(r#"{{"slug":{},"number":{},"title":{}}}"#, json(f.slug()), f.number(), json(f.title()))).collect();
    let missions = MISSIONS.iter().map(|m| format!(r#"{{"id":{},"title":{},"path":{}}}"#, json(m.id), json(m.title), json(&mission_path(m)))).collect();
    let events = Input::ALL_EVENTS
        .iter()
        .map(|i| format!(r#"{{"code":{},"label":{},"chaos":{}}}"#, json(i.code()), json(i.label()), Input::EVENTS.contains(i)))
        .collect();
    let metrics = World::METRICS.iter().map(|(name, words)| format!(r#"{{"name":{},"words":{}}}"#, json(name), json(words))).collect();
    let pages = page_paths(all).iter().map(|p| json(p)).collect();
    // Every address, the file a static host serves it from, its bundle and that bundle's page
    // (the template the build copies to the addresses it does not write itself).
    let routes = crate::site::routes(all)
        .into_iter()
        .map(|r| {
            format!(
                r#"{{"path":{},"file":{},"bundle":{},"template":{},"prerendered":{}}}"#,
                json(&r.path()[1..]),
                json(&r.file()),
                json(r.bundle().name()),
                json(r.bundle().page()),
                r.prerendered()
            )
        })
        .collect();
    let mut out = String::from("{\n");
    let _ = write!(out, "  \"base\": {},\n  \"url\": {},\n", json(site.base), json(site.url));
    for (name, items) in
        [("lessons", lessons), ("factors", factors), ("missions", missions), ("events", events), ("metrics", metrics), ("pages", pages), ("routes", routes)]
    {
        let _ = writeln!(out, "  \"{name}\": {},", list(items));
    }
    out.truncate(out.len() - 2);
    out.push_str("\n}\n");
    out
}
