//! Parses `content/*.md` at build time, so the app ships no Markdown parser, and compiles the
//! lesson index (front matter and data file names) into the app. The lesson bodies are
//! published as separate data files (see `crates/lessons/examples/prerender.rs`), fetched when a
//! lesson is opened. A content mistake fails the build with `file:line: message`.

use std::path::Path;

fn main() {
    // TFP_CONTENT_DIR lets tests build against another content folder; normally `content/`.
    println!("cargo:rerun-if-env-changed=TFP_CONTENT_DIR");
    let dir_name = std::env::var("TFP_CONTENT_DIR").ok().filter(|d| !d.is_empty()).unwrap_or_else(|| "content".into());
    println!("cargo:rerun-if-changed={dir_name}");
    let files = lessons::parse::lesson_files(&dir_name).unwrap_or_else(|e| fail(&e));
    for (path, _) in &files {
        println!("cargo:rerun-if-changed={path}");
    }
    let lessons = lessons::parse::parse_all(&files).unwrap_or_else(|e| fail(&e.to_string()));
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lessons.rs");
    std::fs::write(out, lessons::codegen::generate_index(&lessons)).expect("write generated lesson index");

    // Each embed's measured height, for the snippet (see `scripts/measure-embeds.mjs`).
    let heights_path = format!("{dir_name}/embed-heights.json");
    println!("cargo:rerun-if-changed={heights_path}");
    let json = std::fs::read_to_string(&heights_path).unwrap_or_default();
    let heights = if json.is_empty() { Vec::new() } else { embed_heights(&json) };
    let width = json
        .split("\"width\"")
        .nth(1)
        .and_then(|r| r.trim_start_matches([' ', ':']).split(|c: char| !c.is_ascii_digit()).next()?.parse::<u32>().ok())
        .unwrap_or(720);
    let mut code = format!("/// The width of frame the embed heights were measured in: a typical blog column.\npub const EMBED_WIDTH: u32 = {width};\n");
    code.push_str("/// Height in CSS px of each lesson's embed in a frame `EMBED_WIDTH` px wide.\npub const EMBED_HEIGHTS: &[(&str, u32)] = &[\n");
    for (slug, h) in &heights {
        code.push_str(&format!("    ({slug:?}, {h}),\n"));
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embed_heights.rs");
    std::fs::write(out, code).expect("write embed heights");
}

/// The `"slug": height` pairs of the `heights` object in `embed-heights.json` (a flat file
/// written by a script; a malformed one fails the build).
fn embed_heights(json: &str) -> Vec<(String, u32)> {
    let Some(start) = json.find("\"heights\"") else { fail("embed-heights.json: no \"heights\" object") };
    let body = &json[start..];
    let (open, close) = (
        body.find('{').unwrap_or_else(|| fail("embed-heights.json: heights is not an object")),
        body.find('}').unwrap_or_else(|| fail("embed-heights.json: unclosed heights")),
    );
    body[open + 1..close]
        .split(',')
        .filter(|p| !p.trim().is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once(':').unwrap_or_else(|| fail(&format!("embed-heights.json: bad entry {pair:?}")));
            let h = v.trim().parse::<u32>().ok().filter(|h| (100..20000).contains(h)).unwrap_or_else(|| fail(&format!("embed-heights.json: bad height {v:?}")));
            (k.trim().trim_matches('"').to_string(), h)
        })
        .collect()
}

fn fail(message: &str) -> ! {
    eprintln!("\ncontent error: {message}\n");
    std::process::exit(1);
}
