//! Compiles `locales/<lang>/*.ftl` (see `src/compile.rs`) into `messages.rs`: the message
//! list from English, each language's compiled text, the pseudo-locale, and the translators'
//! coverage report. A shipped language missing a message, or a catalogue Fluent cannot read,
//! fails the build with `file:line: message`.

#[path = "src/compile.rs"]
#[allow(dead_code)]
mod compile;

use compile::{Compiled, Text};
use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut langs: Vec<String> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| fail(&[format!("{}: {e}", root.display())]))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    langs.sort();
    let files = |lang: &str| -> Vec<(String, String)> {
        let dir = root.join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        names.sort();
        names
            .into_iter()
            .map(|p| {
                println!("cargo:rerun-if-changed={}", p.display());
                let text = std::fs::read_to_string(&p).unwrap_or_else(|e| fail(&[format!("{}: {e}", p.display())]));
                (format!("locales/{lang}/{}", p.file_name().unwrap_or_default().to_string_lossy()), text)
            })
            .collect()
    };
    let english_files = files("en");
    let english = compile::compile(&english_files, Text::Plain).unwrap_or_else(|e| fail(&e));
    let pseudo = compile::compile(&english_files, Text::Pseudo).unwrap_or_else(|e| fail(&e));

    let mut code = String::from("/// Every message, by its English key (`locales/en/`).\n#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum Msg {\n");
    for m in &english {
        let _ = writeln!(code, "    /// {}: `{}`", m.at, m.wire.replace('`', "'"));
        let _ = writeln!(code, "    {},", compile::variant(&m.key));
    }
    code.push_str("}\n\nimpl Msg {\n    /// How many messages there are.\n");
    let _ = writeln!(code, "    pub const COUNT: usize = {};", english.len());
    code.push_str("    /// Every message, in order.\n    pub const ALL: [Msg; Msg::COUNT] = [");
    for m in &english {
        let _ = write!(code, "Msg::{}, ", compile::variant(&m.key));
    }
    code.push_str("];\n\n    /// Its key in the catalogues.\n    pub fn key(self) -> &'static str {\n        [");
    for m in &english {
        let _ = write!(code, "{:?}, ", m.key);
    }
    code.push_str("][self as usize]\n    }\n}\n\n");
    // English one constant per message, so each bundle of the app carries only the messages
    // its code names (a single text of all of them would be in every bundle).
    code.push_str("/// Each message's English text, compiled, by its name in [`Msg`] (what [`t!`] reads).\n#[doc(hidden)]\n#[allow(non_upper_case_globals)]\npub mod en {\n");
    for m in &english {
        let _ = writeln!(code, "    pub static {0}: crate::Text = crate::Text({1:?}, crate::Msg::{0});", compile::variant(&m.key), m.wire);
    }
    code.push_str("}\n\n");
    let _ = writeln!(
        code,
        "/// The message list's fingerprint, the first line of every language's text.\npub const VERSION: &str = {:?};",
        compile::version(&english)
    );
    let _ = writeln!(code, "const EN: &str = {:?};", compile::lines(&english, &english));
    let _ = writeln!(code, "const PSEUDO: &str = {:?};", compile::lines(&english, &pseudo));

    let mut report = String::new();
    let mut errors = Vec::new();
    for lang in langs.iter().filter(|l| *l != "en") {
        let compiled: Vec<Compiled> = compile::compile(&files(lang), Text::Plain).unwrap_or_else(|e| fail(&e));
        let c = compile::coverage(&english, &compiled);
        for key in &c.missing {
            errors.push(format!(
                "locales/{lang}: no message {key} (locales/en has it at {})",
                english.iter().find(|e| e.key == *key).map_or("", |e| e.at.as_str())
            ));
        }
        errors.extend(c.unknown_vars.iter().cloned());
        for key in &c.stale {
            println!("cargo:warning=locales/{lang}: {key} is no longer in English; remove it");
        }
        let _ = writeln!(
            report,
            "{lang}: {} of {} messages, {} missing, {} stale{}",
            english.len() - c.missing.len(),
            english.len(),
            c.missing.len(),
            c.stale.len(),
            if c.stale.is_empty() { String::new() } else { format!(" ({})", c.stale.join(", ")) }
        );
        let _ = writeln!(code, "const {}: &str = {:?};", lang.to_uppercase().replace('-', "_"), compile::lines(&english, &compiled));
    }
    if !errors.is_empty() {
        fail(&errors);
    }
    let _ = writeln!(code, "/// Per language: messages translated, missing and stale (printed by the build).\npub const COVERAGE: &str = {report:?};");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("messages.rs");
    std::fs::write(out, code).expect("write messages.rs");
}

fn fail(errors: &[String]) -> ! {
    for e in errors {
        eprintln!("error: {e}");
    }
    eprintln!("the message catalogues (locales/) have {} error(s)", errors.len());
    std::process::exit(1)
}
