//! Parses `content/*.md` at build time, so the app ships no Markdown parser, and compiles the
//! lesson index (front matter and data file names) into the app. The lesson bodies are
//! published as separate data files (see `crates/lessons/examples/export.rs`), fetched when a
//! lesson is opened. A content mistake fails the build with `file:line: message`.

use std::path::Path;

fn main() {
    // TFP_CONTENT_DIR lets tests build against another content folder; normally `content/`.
    println!("cargo:rerun-if-env-changed=TFP_CONTENT_DIR");
    let dir_name = std::env::var("TFP_CONTENT_DIR").ok().filter(|d| !d.is_empty()).unwrap_or_else(|| "content".into());
    println!("cargo:rerun-if-changed={dir_name}");
    let dir = Path::new(&dir_name);
    let mut files = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("content/ exists").filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        // Lesson files start with their number; FORMAT.md and other notes are not lessons.
        if !name.ends_with(".md") || !name.as_bytes()[0].is_ascii_digit() {
            continue;
        }
        let path = format!("{dir_name}/{name}");
        println!("cargo:rerun-if-changed={path}");
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("{path}: cannot read: {e}")));
        files.push((path, source));
    }
    let lessons = lessons::parse::parse_all(&files).unwrap_or_else(|e| fail(&e.to_string()));
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lessons.rs");
    std::fs::write(out, lessons::codegen::generate_index(&lessons)).expect("write generated lesson index");
}

fn fail(message: &str) -> ! {
    eprintln!("\ncontent error: {message}\n");
    std::process::exit(1);
}
