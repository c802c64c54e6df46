//! Check lesson files one by one: `cargo run -p tfp-lessons --example check -- content/03-config.md ...`
//! (no arguments: every `content/NN-*.md`). Prints `file:line: message` for each problem,
//! verifies each challenge against the engine, and exits non-zero if anything is wrong.

use std::process::ExitCode;
use tfp_lessons::{parse::parse_lesson, verify::verify_challenge, Block};

fn main() -> ExitCode {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        let mut all: Vec<String> = std::fs::read_dir(format!("{root}/content"))
            .expect("content/ exists")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(".md") && n.as_bytes()[0].is_ascii_digit())
            .map(|n| format!("{root}/content/{n}"))
            .collect();
        all.sort();
        files = all;
    }
    let mut ok = true;
    for file in &files {
        let source = match std::fs::read_to_string(file) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{file}: cannot read: {e}");
                ok = false;
                continue;
            }
        };
        match parse_lesson(file, &source) {
            Err(e) => {
                eprintln!("{e}");
                ok = false;
            }
            Ok(lesson) => match verify_challenge(&lesson) {
                Err(e) => {
                    eprintln!("{file}: challenge: {e}");
                    ok = false;
                }
                Ok(()) => {
                    let words = source.split_whitespace().count();
                    let hints = lesson.hints().count();
                    let blocks = lesson.blocks.iter().filter(|b| !matches!(b, Block::Prose { .. })).count();
                    println!("ok  {file}: {words} words, {blocks} interactive blocks, {hints} hints");
                }
            },
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
