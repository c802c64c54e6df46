//! Write every lesson's data file into a folder (the release build puts them in
//! `dist/lessons/`): `cargo run -p tfp-lessons --example export -- dist/lessons`.
//! File names carry a content fingerprint and match what `build.rs` compiles into the app.

use tfp_lessons::{codegen::data_file, parse::parse_all};

fn main() {
    let out = std::env::args().nth(1).expect("usage: export <folder>");
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let content = std::env::var("TFP_CONTENT_DIR").unwrap_or_else(|_| format!("{root}/content"));
    let mut files: Vec<(String, String)> = std::fs::read_dir(&content)
        .expect("content folder")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".md") && n.as_bytes()[0].is_ascii_digit())
        .map(|n| {
            let path = format!("{content}/{n}");
            let source = std::fs::read_to_string(&path).expect("readable lesson");
            (path, source)
        })
        .collect();
    files.sort();
    let lessons = parse_all(&files).unwrap_or_else(|e| {
        eprintln!("content error: {e}");
        std::process::exit(1)
    });
    std::fs::create_dir_all(&out).expect("create output folder");
    for l in &lessons {
        let (name, data) = data_file(l);
        std::fs::write(format!("{out}/{name}"), data).expect("write lesson data");
    }
    println!("export: {} lesson files written to {out}", lessons.len());
}
