//! The catalogue the build exports for the JavaScript side (`catalogue.json` in the release
//! build): lessons, factors, missions, events, metrics, the static pages and the route table,
//! each read from where it is defined (the content, the engine, [`crate::route`]), so the
//! scripts and the end-to-end tests never keep a list of their own. Written with `serde_json`,
//! at build time only: none of it reaches the browser bundle.

use crate::route::Route;
use crate::site::{in_lang, lesson_path, pack_file, page_paths, practice::mission_path, routes, Site};
use crate::Lesson;
use i18n::Lang;
use serde_json::{json, Value};
use tfp_engine::mission::MISSIONS;
use tfp_engine::{Factor, Input, World};

/// The catalogue as a JSON value. `all` are the parsed lessons, the introduction first.
pub fn catalogue(site: Site, all: &[Lesson]) -> Value {
    let lessons: Vec<Value> = all
        .iter()
        .filter(|l| l.meta.number > 0)
        .map(|l| {
            json!({
                "slug": l.meta.slug,
                "number": l.meta.number,
                "title": l.meta.title,
                "path": lesson_path(l),
                "embed": Route::Embed(&l.meta.slug).rel(),
                "present": Route::Present(&l.meta.slug).rel(),
                "scenario": l.meta.scenario,
                "factor": l.meta.factor().map(|f| f.slug()),
            })
        })
        .collect();
    let factors: Vec<Value> = Factor::ALL.iter().map(|f| json!({ "slug": f.slug(), "number": f.number(), "title": crate::text::factor_title(*f) })).collect();
    let missions: Vec<Value> = MISSIONS.iter().map(|m| json!({ "id": m.id, "title": crate::words::mission(m).0, "path": mission_path(m) })).collect();
    let events: Vec<Value> =
        Input::ALL_EVENTS.iter().map(|i| json!({ "code": i.code(), "label": crate::words::event(*i), "chaos": Input::EVENTS.contains(i) })).collect();
    let metrics: Vec<Value> = World::METRICS.iter().map(|name| json!({ "name": name, "words": crate::words::metric(name) })).collect();
    // Every address, the file a static host serves it from, its bundle and that bundle's page
    // (the template the build copies to the addresses it does not write itself).
    // In every language: another language's page sits in its folder, and its bundle's page
    // is that language's copy (see `site::bundle_page`).
    let routes: Vec<Value> = Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            routes(all).into_iter().map(move |r| {
                json!({
                    "lang": lang.code(),
                    "path": in_lang(lang, &r.rel()),
                    "file": in_lang(lang, &r.file()),
                    "bundle": r.bundle().name(),
                    "template": in_lang(lang, r.bundle().page()),
                    "prerendered": r.prerendered()
                })
            })
        })
        .collect();
    json!({
        "base": site.base,
        "url": site.url,
        "lessons": lessons,
        "factors": factors,
        "missions": missions,
        "events": events,
        "metrics": metrics,
        "pages": page_paths(all),
        // With the words of a lesson's link preview in it (`scripts/og-images.mjs` draws them).
        "languages": Lang::ALL
            .iter()
            .map(|l| json!({ "code": l.code(), "name": l.name(), "prefix": l.prefix(), "offered": Lang::OFFERED.contains(l), "pack": pack_file(*l), "preview": i18n::f_in(*l, i18n::Msg::PreviewTagline, &[]) }))
            .collect::<Vec<_>>(),
        "routes": routes,
    })
}

/// The catalogue as the text of `catalogue.json`.
pub fn catalogue_json(site: Site, all: &[Lesson]) -> String {
    let mut text = serde_json::to_string_pretty(&catalogue(site, all)).expect("a JSON value always serialises");
    text.push('\n');
    text
}
