//! Write the static pages and the lesson data into a release build (see `tfp_lessons::site`):
//! the home page, every lesson, the not-found page, the sandbox, the missions and the drills,
//! `sitemap.xml`, `robots.txt`, `catalogue.json` (see `tfp_lessons::catalogue`), and each lesson's data file (`lessons/<name>`, fetched by the
//! embeds and presenter mode, named as `build.rs` compiled them into the app). Run after Trunk
//! has built the bundles, whose pages are the templates:
//! `cargo run -p tfp-lessons --example prerender -- dist / http://127.0.0.1:8080/`.

use i18n::Lang;
use tfp_lessons::route::Bundle;
use tfp_lessons::site::{self, practice, Site};
use tfp_lessons::{codegen::data_file, parse, translation, Lesson};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, base, url] = args.as_slice() else {
        eprintln!("usage: prerender <dist> <public-url> <site-url>");
        std::process::exit(2)
    };
    if let Err(e) = run(dist, base, url) {
        eprintln!("prerender: {e}");
        std::process::exit(1)
    }
}

/// A bundle's page as Trunk built it (never one this program already wrote).
fn template(dist: &str, page: &str) -> Result<String, String> {
    let path = format!("{dist}/{page}");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    if text.contains(r#"rel="canonical""#) {
        return Err(format!("{path} is already a generated page; build it with Trunk first"));
    }
    Ok(text)
}

fn write(path: String, text: String) -> Result<(), String> {
    if let Some((dir, _)) = path.rsplit_once('/') {
        std::fs::create_dir_all(dir).map_err(|e| format!("{dir}: {e}"))?;
    }
    std::fs::write(&path, text).map_err(|e| format!("{path}: {e}"))
}

fn run(dist: &str, base: &str, url: &str) -> Result<(), String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let content = std::env::var("TFP_CONTENT_DIR").unwrap_or_else(|_| format!("{root}/content"));
    let english = parse::parse_all(&parse::lesson_files(&content)?).map_err(|e| format!("content error: {e}"))?;
    let (main, sandbox, practice_page) = (template(dist, "index.html")?, template(dist, "sandbox/index.html")?, template(dist, "practice/index.html")?);
    let base = format!("/{}/", base.trim_matches('/')).replace("//", "/");
    let url = format!("{}/", url.trim_end_matches('/'));
    let mut report = String::from(i18n::COVERAGE);
    let english_manifest = std::fs::read_to_string(format!("{dist}/manifest.webmanifest")).map_err(|e| format!("{dist}/manifest.webmanifest: {e}"))?;
    // Each embed's measured height at a typical column width (see scripts/measure-embeds.mjs),
    // for the oEmbed answers; a lesson not measured yet gets the app's default.
    let heights_path = format!("{content}/embed-heights.json");
    let heights: serde_json::Value = match std::fs::read_to_string(&heights_path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| format!("{heights_path}: {e}"))?,
        Err(_) => serde_json::Value::Null,
    };
    let width = heights["width"].as_u64().unwrap_or(720) as u32;
    let height = |slug: &str| heights["heights"][slug].as_u64().unwrap_or(1600) as u32;
    for lang in Lang::ALL {
        i18n::install(lang, lang.compiled())?;
        let site = Site { base: &base, url: &url, lang };
        let home = format!("{dist}/{}", site::in_lang(lang, ""));
        // This language's lessons: its translations where there are any (the pseudo-locale
        // shows the English ones), English otherwise.
        let translated = match lang {
            Lang::En | Lang::Pseudo => english.iter().map(|_| None).collect(),
            _ => {
                let t = translation::read(&content, lang, &english)?;
                report.push_str(&translation::report(&english, std::slice::from_ref(&t)));
                t.lessons
            }
        };
        let lessons: Vec<(&Lesson, bool)> =
            english.iter().zip(&translated).map(|(e, t)| t.as_ref().map_or((e, lang != Lang::En && lang != Lang::Pseudo), |t| (t, false))).collect();
        let all: Vec<Lesson> = lessons.iter().map(|(l, _)| (*l).clone()).collect();
        for (lesson, untranslated) in &lessons {
            let (name, data) = data_file(lesson);
            write(format!("{dist}/lessons/{name}"), data.clone())?;
            if lesson.meta.number > 0 {
                write(format!("{home}{}.html", site::lesson_path(lesson)), site::lesson_page(&main, site, lesson, &all, &data, *untranslated)?)?;
                write(format!("{home}{}", site::oembed_file(lesson)), site::oembed(site, lesson, width, height(&lesson.meta.slug)))?;
            }
        }
        write(format!("{home}404.html"), site::not_found_page(&main, site)?)?;
        write(format!("{home}index.html"), site::home_page(&main, site, &all)?)?;
        write(format!("{home}sandbox/index.html"), practice::sandbox_page(&sandbox, site)?)?;
        let missions = practice::missions_page(&practice_page, site)?;
        // The bundle's own folder holds its template; it shows the missions too.
        write(format!("{home}practice/index.html"), missions.clone())?;
        write(format!("{home}missions/index.html"), missions)?;
        for m in tfp_engine::mission::MISSIONS {
            write(format!("{home}{}index.html", practice::mission_path(m)), practice::mission_page(&practice_page, site, m)?)?;
        }
        write(format!("{home}drills/index.html"), practice::drills_page(&practice_page, site)?)?;
        // The app-drawn bundles' pages in this language (English's in place), which the build
        // copies to its addresses.
        for bundle in Bundle::ALL.into_iter().filter(|b| !matches!(b, Bundle::Main | Bundle::Sandbox | Bundle::Practice)) {
            write(format!("{home}{}", bundle.page()), site::bundle_page(&template(dist, bundle.page())?, site, bundle)?)?;
        }
        // Its web app manifest, which its pages link (English's rewritten in place).
        write(format!("{home}manifest.webmanifest"), site::manifest(&english_manifest, lang)?)?;
        if lang != Lang::En {
            // Its messages, which its pages fetch before the app starts.
            let ours: Vec<Option<&Lesson>> = translated.iter().map(Option::as_ref).collect();
            write(format!("{dist}/{}", site::pack_file(lang)), site::pack(lang, &ours)?)?;
        }
    }
    i18n::install(Lang::En, Lang::En.compiled())?;
    let site = Site { base: &base, url: &url, lang: Lang::En };
    write(format!("{dist}/sitemap.xml"), site::sitemap(site, &english))?;
    write(format!("{dist}/robots.txt"), site::robots(site))?;
    // What the scripts and the end-to-end tests read instead of keeping lists of their own.
    write(format!("{dist}/catalogue.json"), tfp_lessons::catalogue::catalogue_json(site, &english))?;
    // The route table says which pages the build writes: each must be there now.
    for lang in Lang::ALL {
        for r in site::routes(&english).into_iter().filter(|r| r.prerendered()) {
            let file = site::in_lang(lang, &r.file());
            if !std::path::Path::new(&format!("{dist}/{file}")).is_file() {
                return Err(format!("the route table has {} but no {file} was written", r.path()));
            }
        }
    }
    println!(
        "prerender: home, {} lessons and their data, 404, sandbox, {} missions, drills in {} languages, oEmbed answers, sitemap.xml, robots.txt and catalogue.json written to {dist} for {url}",
        english.len() - 1,
        tfp_engine::mission::MISSIONS.len(),
        Lang::ALL.len()
    );
    print!("translations:\n{report}");
    Ok(())
}
