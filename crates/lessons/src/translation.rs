//! Lessons in other languages: `content/<lang>/NN-<slug>.md` beside the English ones, read at
//! build time. A translation must be the same lesson (number, slug, scenario, estimate, the
//! same blocks in the same order, the challenge's `check:` and `solve:` unchanged); a lesson
//! with no translation is shown in English with a note. Each translation records the
//! fingerprint of the English file it was made from (`translated-from`), so the build's
//! report can name the ones whose English has changed since.

use crate::parse::{self, lesson_files, source_fingerprint, translated_from};
use crate::{Block, Lesson};
use i18n::Lang;
use std::fmt::Write;

/// One language's lessons, as read from its folder.
pub struct Translated {
    pub lang: Lang,
    /// Its lessons, in the English lessons' order; `None` where there is no translation.
    pub lessons: Vec<Option<Lesson>>,
    /// `content/es/03-config.md: translated from an older English (now 1a2b…)`, one per stale file.
    pub stale: Vec<String>,
}

/// The folder of a language's lessons under a content folder.
pub fn folder(content: &str, lang: Lang) -> String {
    format!("{}/{}", content.trim_end_matches('/'), lang.code())
}

/// Read a language's lessons and check each against its English lesson. A folder that does
/// not exist is a language with no lessons translated.
pub fn read(content: &str, lang: Lang, english: &[Lesson]) -> Result<Translated, String> {
    let dir = folder(content, lang);
    let files = if std::path::Path::new(&dir).is_dir() { lesson_files(&dir)? } else { Vec::new() };
    let english_files = lesson_files(content)?;
    let mut lessons: Vec<Option<Lesson>> = english.iter().map(|_| None).collect();
    let mut stale = Vec::new();
    for (path, source) in &files {
        let lesson = parse::parse_lesson(path, source).map_err(|e| e.to_string())?;
        let expected = format!("{:02}-{}.md", lesson.meta.number, lesson.meta.slug);
        if !path.ends_with(&format!("/{expected}")) {
            return Err(format!("{path}: should be named `{expected}`, as the English lesson"));
        }
        let Some(i) = english.iter().position(|e| e.meta.slug == lesson.meta.slug) else {
            return Err(format!("{path}: no English lesson `{}` to translate", lesson.meta.slug));
        };
        same_lesson(&english[i], &lesson).map_err(|e| format!("{path}: {e}"))?;
        let (_, english_source) = english_files
            .iter()
            .find(|(p, _)| p.ends_with(&format!("/{:02}-{}.md", lesson.meta.number, lesson.meta.slug)))
            .ok_or_else(|| format!("{path}: no English file"))?;
        let now = source_fingerprint(english_source);
        match translated_from(source) {
            None => return Err(format!("{path}: add `{}: {now}` to the front matter (the English file it translates)", parse::TRANSLATED_FROM)),
            Some(from) if from != now => {
                stale.push(format!("{path}: the English lesson changed since this was translated (`{}: {now}` once it is updated)", parse::TRANSLATED_FROM))
            }
            Some(_) => {}
        }
        lessons[i] = Some(lesson);
    }
    Ok(Translated { lang, lessons, stale })
}

/// Whether a translation is the same lesson as its English original, but for its words.
fn same_lesson(english: &Lesson, other: &Lesson) -> Result<(), String> {
    let (e, o) = (&english.meta, &other.meta);
    if (e.number, &e.slug, &e.scenario, e.minutes) != (o.number, &o.slug, &o.scenario, o.minutes) {
        return Err(format!("number, slug, scenario and minutes must be the English lesson's ({}, {}, {:?}, {})", e.number, e.slug, e.scenario, e.minutes));
    }
    let kinds = |l: &Lesson| l.blocks.iter().map(std::mem::discriminant).collect::<Vec<_>>();
    if kinds(english) != kinds(other) {
        return Err(format!("the blocks must be the English lesson's, in its order ({} blocks there, {} here)", english.blocks.len(), other.blocks.len()));
    }
    for (a, b) in english.blocks.iter().zip(other.blocks.iter()) {
        match (a, b) {
            (Block::Challenge { checks: c1, solve: s1, .. }, Block::Challenge { checks: c2, solve: s2, .. }) if (c1, s1) != (c2, s2) => {
                return Err("the challenge's `check:` and `solve:` lines must be the English lesson's".into())
            }
            (Block::Predict { options: o1, correct: c1, .. }, Block::Predict { options: o2, correct: c2, .. }) if (o1.len(), c1) != (o2.len(), c2) => {
                return Err("the prediction must have the English lesson's number of options and the same correct one".into())
            }
            _ => {}
        }
    }
    Ok(())
}

/// The report the build prints: per language, lessons translated, missing and stale.
pub fn report(english: &[Lesson], all: &[Translated]) -> String {
    let mut out = String::new();
    for t in all {
        let done = t.lessons.iter().filter(|l| l.is_some()).count();
        let missing: Vec<&str> = english.iter().zip(&t.lessons).filter(|(_, l)| l.is_none()).map(|(e, _)| e.meta.slug.as_ref()).collect();
        let _ = writeln!(
            out,
            "{} lessons: {done} of {} translated, {} stale{}",
            t.lang.code(),
            english.len(),
            t.stale.len(),
            if missing.is_empty() { String::new() } else { format!("; in English: {}", missing.join(", ")) }
        );
        for s in &t.stale {
            let _ = writeln!(out, "  {s}");
        }
    }
    out
}
