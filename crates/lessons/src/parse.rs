//! The content pipeline: front matter → Markdown events → typed blocks → checks.
//! Each step is a pure function; a mistake comes back as a [`ContentError`] with `file:line`.

use crate::markdown::{inline_html, options, to_html};
use crate::{Block, Check, Cmp, Lesson, Meta, Text};
use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};
use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use tfp_engine::{Factor, Scenario, World};

/// A problem in a content file, pointing at the line to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// The file, as given to the parser.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong, and how to fix it.
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for ContentError {}

/// The fenced-block info strings that are interactive directives.
pub const DIRECTIVES: [&str; 8] = ["predict", "sim", "challenge", "hint", "solution", "facilitator", "sidebar", "gist"];

/// Code languages allowed in ordinary fenced blocks. Anything else is taken for a mistyped
/// directive, so a typo like `hnit` fails the build instead of becoming a code sample.
pub const CODE_LANGUAGES: [&str; 20] = [
    "",
    "sh",
    "bash",
    "console",
    "shell",
    "procfile",
    "toml",
    "yaml",
    "json",
    "js",
    "javascript",
    "python",
    "ruby",
    "rust",
    "text",
    "dockerfile",
    "ini",
    "env",
    "sql",
    "diff",
];

const FRONT_KEYS: [&str; 7] = ["title", "number", "slug", "summary", "scenario", "minutes", "canonical"];

struct Ctx<'a> {
    file: &'a str,
    source: &'a str,
}

impl Ctx<'_> {
    fn err(&self, line: usize, message: impl Into<String>) -> ContentError {
        ContentError { file: self.file.to_string(), line, message: message.into() }
    }

    fn line_of(&self, offset: usize) -> usize {
        self.source[..offset.min(self.source.len())].matches('\n').count() + 1
    }
}

/// Parse one lesson file. `file` is only used in error messages.
pub fn parse_lesson(file: &str, source: &str) -> Result<Lesson, ContentError> {
    let ctx = Ctx { file, source };
    if let Some(at) = source.find(|c: char| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(ctx.err(ctx.line_of(at), "the file contains a control character; remove it"));
    }
    let (meta, body_start) = front_matter(&ctx)?;
    let blocks = body(&ctx, body_start)?;
    let lesson = Lesson { meta, blocks: Cow::Owned(blocks) };
    check_structure(&ctx, &lesson)?;
    Ok(lesson)
}

/// Split off and read the front matter. Returns it and the byte offset where the body starts.
fn front_matter(ctx: &Ctx) -> Result<(Meta, usize), ContentError> {
    let src = ctx.source;
    if !src.starts_with("---\n") {
        return Err(ctx.err(1, "missing front matter: the file must start with a `---` line"));
    }
    let end = src[4..].find("\n---").map(|i| i + 4).ok_or_else(|| ctx.err(1, "front matter is not closed by a `---` line"))?;
    let mut values: [Option<(usize, String)>; 7] = Default::default();
    for (i, raw) in src[4..end].lines().enumerate() {
        let line = i + 2;
        if raw.trim().is_empty() {
            continue;
        }
        let (key, value) = raw.split_once(':').ok_or_else(|| ctx.err(line, format!("expected `key: value`, found `{raw}`")))?;
        let key = key.trim();
        if key == TRANSLATED_FROM {
            // Read by the translators' report (see `translated_from`), not by the app.
            if !value.trim().bytes().all(|b| b.is_ascii_hexdigit()) || value.trim().len() != 12 {
                return Err(ctx.err(line, format!("`{TRANSLATED_FROM}` is the English file's fingerprint, 12 hex digits, as the build's report prints it")));
            }
            continue;
        }
        let idx = FRONT_KEYS
            .iter()
            .position(|k| *k == key)
            .ok_or_else(|| ctx.err(line, format!("unknown front-matter key `{key}` (known: {})", FRONT_KEYS.join(", "))))?;
        if values[idx].is_some() {
            return Err(ctx.err(line, format!("`{key}` is given twice")));
        }
        let value = value.trim().trim_matches('"').to_string();
        if value.is_empty() {
            return Err(ctx.err(line, format!("`{key}` is empty")));
        }
        values[idx] = Some((line, value));
    }
    let mut get = |k: usize| values[k].take().ok_or_else(|| ctx.err(1, format!("front matter is missing `{}`", FRONT_KEYS[k])));
    let title = get(0)?;
    let number = get(1)?;
    let slug = get(2)?;
    let summary = get(3)?;
    let scenario = get(4)?;
    let minutes = get(5)?;
    let canonical = get(6)?;
    let number_val: u8 = number.1.parse().ok().filter(|n| *n <= 99).ok_or_else(|| ctx.err(number.0, format!("`number` must be 0–99, found `{}`", number.1)))?;
    let minutes_val: u8 =
        minutes.1.parse().ok().filter(|n| (1..=90).contains(n)).ok_or_else(|| ctx.err(minutes.0, format!("`minutes` must be 1–90, found `{}`", minutes.1)))?;
    let slug_ok = |s: &str| !s.is_empty() && s.split('-').all(|part| !part.is_empty() && part.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()));
    if (number_val == 0) != (slug.1 == "introduction") {
        return Err(ctx.err(slug.0, format!("lesson 0 is the introduction, with slug `introduction`, and only it (found lesson {} `{}`)", number_val, slug.1)));
    }
    if !slug_ok(&slug.1) {
        return Err(ctx.err(slug.0, format!("`slug` must be lowercase letters and digits joined by single hyphens, found `{}`", slug.1)));
    }
    let factor = Factor::from_slug(&slug.1);
    let scenario_val = if scenario.1 == "none" {
        if let Some(f) = factor {
            return Err(ctx.err(scenario.0, format!("a factor's lesson runs its factor's scenario: use `scenario: {}`", f.slug())));
        }
        None
    } else {
        let s = Scenario::by_id(&scenario.1)
            .ok_or_else(|| ctx.err(scenario.0, format!("unknown scenario id `{}` (scenario ids are the twelve factor slugs, or `none`)", scenario.1)))?;
        if number_val == 0 {
            return Err(ctx.err(scenario.0, "the introduction has `scenario: none`"));
        }
        if factor.is_some_and(|f| f != s.factor) {
            return Err(ctx.err(scenario.0, format!("the `{}` lesson runs its own factor's scenario, `{}`", slug.1, slug.1)));
        }
        Some(Cow::Owned(s.id().to_string()))
    };
    if !canonical.1.starts_with("https://") {
        return Err(ctx.err(canonical.0, "`canonical` must be an https:// link"));
    }
    let meta = Meta {
        title: Cow::Owned(title.1),
        number: number_val,
        slug: Cow::Owned(slug.1),
        summary: Cow::Owned(summary.1),
        scenario: scenario_val,
        minutes: minutes_val,
        canonical: Cow::Owned(canonical.1),
    };
    Ok((meta, end + 4))
}

/// Walk the body's Markdown: prose runs become HTML, directive fences become typed blocks.
fn body(ctx: &Ctx, start: usize) -> Result<Vec<Block>, ContentError> {
    let body = &ctx.source[start..];
    let mut blocks = Vec::new();
    let mut prose_from: Option<usize> = None;
    let mut parser = Parser::new_ext(body, options()).into_offset_iter();
    let flush = |blocks: &mut Vec<Block>, range: Range<usize>| {
        for (outcome, md) in split_outcome(&body[range]) {
            if md.trim().is_empty() {
                continue;
            }
            blocks.push(match outcome {
                Some(title) => Block::Outcome { title: Cow::Owned(inline_html(title)), html: Cow::Owned(to_html(md)) },
                None => Block::Prose { html: Cow::Owned(to_html(md)) },
            });
        }
    };
    while let Some((event, range)) = parser.next() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                let name = info.split_whitespace().next().unwrap_or("").to_lowercase();
                let line = ctx.line_of(start + range.start);
                if DIRECTIVES.contains(&name.as_str()) {
                    if let Some(from) = prose_from.take() {
                        flush(&mut blocks, from..range.start);
                    }
                    let mut text = String::new();
                    for (e, _) in parser.by_ref() {
                        match e {
                            Event::Text(t) => text.push_str(&t),
                            Event::End(TagEnd::CodeBlock) => break,
                            _ => {}
                        }
                    }
                    blocks.push(directive(ctx, &name, &text, line)?);
                } else if CODE_LANGUAGES.contains(&name.as_str()) {
                    prose_from.get_or_insert(range.start);
                    // Skip to the end of this code block; it stays part of the prose run.
                    for (e, _) in parser.by_ref() {
                        if matches!(e, Event::End(TagEnd::CodeBlock)) {
                            break;
                        }
                    }
                } else {
                    return Err(ctx.err(
                        line,
                        format!("unknown directive `{name}`: directives are {}; code blocks may use {}", DIRECTIVES.join(", "), CODE_LANGUAGES[1..].join(", ")),
                    ));
                }
            }
            _ => {
                prose_from.get_or_insert(range.start);
            }
        }
    }
    if let Some(from) = prose_from {
        flush(&mut blocks, from..body.len());
    }
    Ok(blocks)
}

/// The front-matter key a translated lesson records its English source's fingerprint under
/// ([`source_fingerprint`]), so the build can report translations the English has moved past.
pub const TRANSLATED_FROM: &str = "translated-from";

/// The fingerprint of an English lesson file, as a translation's `translated-from` records it.
pub fn source_fingerprint(source: &str) -> String {
    crate::wire::fingerprint(source)
}

/// A translated lesson's `translated-from`, if its front matter has one.
pub fn translated_from(source: &str) -> Option<&str> {
    let front = source.strip_prefix("---\n")?.split("\n---").next()?;
    front.lines().find_map(|l| l.split_once(':').filter(|(k, _)| k.trim() == TRANSLATED_FROM).map(|(_, v)| v.trim()))
}

/// Whether a `## ` heading starts a lesson's outcome section (what the learner sees happen):
/// it begins with the catalogue's `content-outcome-heading` in any language
/// (`What just broke…`, `Qué acaba de romperse…`).
fn is_outcome(heading: &str) -> bool {
    i18n::Lang::ALL.iter().any(|l| heading.starts_with(&i18n::f_in(*l, i18n::Msg::ContentOutcomeHeading, &[])))
}

/// Split a run of prose Markdown at an `## What just broke…` heading: the section it starts
/// (up to the next `## ` heading) becomes the outcome, with the heading's text as its title;
/// the rest stays prose. Headings inside fenced code are not headings.
fn split_outcome(md: &str) -> Vec<(Option<&str>, &str)> {
    let mut parts = Vec::new();
    let (mut start, mut at, mut fence, mut title) = (0, 0, false, None);
    for line in md.split_inclusive('\n') {
        let t = line.trim_end();
        if t.trim_start().starts_with("```") {
            fence = !fence;
        } else if !fence && t.starts_with("## ") {
            let heading = t[3..].trim();
            let outcome = is_outcome(heading);
            if title.is_some() || outcome {
                parts.push((title, &md[start..at]));
                start = if outcome { at + line.len() } else { at };
                title = outcome.then_some(heading);
            }
        }
        at += line.len();
    }
    parts.push((title, &md[start..]));
    parts
}

/// A `key: value` line of a directive, with its line number.
type Field = (String, String, usize);

/// Split a directive body into `key: value` lines for the listed keys, and the rest.
fn fields<'t>(text: &'t str, keys: &[&str]) -> (Vec<Field>, Vec<(&'t str, usize)>) {
    let mut found = Vec::new();
    let mut rest = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let keyed = line.split_once(':').filter(|(k, _)| keys.contains(&k.trim()));
        match keyed {
            Some((k, v)) => found.push((k.trim().to_string(), v.trim().to_string(), i)),
            None => rest.push((line, i)),
        }
    }
    (found, rest)
}

fn directive(ctx: &Ctx, name: &str, text: &str, line: usize) -> Result<Block, ContentError> {
    // Lines inside the fence start one line after the fence itself.
    let at = |i: usize| line + 1 + i;
    let html = || Cow::Owned(to_html(text));
    let need = |found: &[(String, String, usize)], key: &str| -> Result<String, ContentError> {
        found.iter().find(|(k, ..)| k == key).map(|(_, v, _)| v.clone()).ok_or_else(|| ctx.err(line, format!("`{name}` needs a `{key}:` line")))
    };
    if text.trim().is_empty() && name != "sim" {
        return Err(ctx.err(line, format!("`{name}` block is empty")));
    }
    Ok(match name {
        "predict" => {
            let (found, rest) = fields(text, &["question", "explain"]);
            let question = need(&found, "question")?;
            let explain = need(&found, "explain")?;
            let mut options: Vec<Text> = Vec::new();
            let mut correct = None;
            for (l, i) in rest {
                let l = l.trim();
                if l.is_empty() {
                    continue;
                }
                let option = l.strip_prefix("- ").ok_or_else(|| ctx.err(at(i), format!("in `predict`, expected an option `- ...`, found `{l}`")))?;
                let option = match option.strip_prefix("[x] ").or_else(|| option.strip_prefix("[X] ")) {
                    Some(o) => {
                        if correct.replace(options.len()).is_some() {
                            return Err(ctx.err(at(i), "`predict` marks more than one option with [x]"));
                        }
                        o
                    }
                    None => option,
                };
                options.push(Cow::Owned(inline_html(option)));
            }
            if !(2..=5).contains(&options.len()) {
                return Err(ctx.err(line, format!("`predict` needs 2–5 options, found {}", options.len())));
            }
            let correct = correct.ok_or_else(|| ctx.err(line, "`predict` marks no option as correct with `- [x]`"))?;
            Block::Predict {
                question: Cow::Owned(inline_html(&question)),
                options: Cow::Owned(options),
                correct: correct as u8,
                explain: Cow::Owned(inline_html(&explain)),
            }
        }
        "sim" => {
            let (found, rest) = fields(text, &["caption"]);
            if let Some((l, i)) = rest.iter().find(|(l, _)| !l.trim().is_empty()) {
                return Err(ctx.err(at(*i), format!("`sim` only takes a `caption:` line, found `{l}`")));
            }
            Block::Sim { caption: found.first().map(|(_, v, _)| Cow::Owned(inline_html(v))) }
        }
        "challenge" => {
            let (found, rest) = fields(text, &["goal", "check", "solve"]);
            if let Some((l, i)) = rest.iter().find(|(l, _)| !l.trim().is_empty()) {
                return Err(ctx.err(at(*i), format!("`challenge` takes `goal:`, `check:` and `solve:` lines, found `{l}`")));
            }
            let goal = need(&found, "goal")?;
            let line_of = |key: &str| found.iter().find(|(k, ..)| k == key).map(|(.., i)| at(*i)).unwrap_or(line);
            let checks = parse_checks(&need(&found, "check")?).map_err(|m| ctx.err(line_of("check"), m))?;
            let solve = parse_solve(&need(&found, "solve")?).map_err(|m| ctx.err(line_of("solve"), m))?;
            Block::Challenge { goal: Cow::Owned(inline_html(&goal)), checks: Cow::Owned(checks), solve: Cow::Owned(solve) }
        }
        "hint" => Block::Hint { html: html() },
        "solution" => Block::Solution { html: html() },
        "facilitator" => Block::Facilitator { html: html() },
        "gist" => Block::Gist { html: html() },
        "sidebar" => {
            let (title, rest) = match text.split_once('\n') {
                Some((first, rest)) if first.trim_start().starts_with("title:") => (first.trim_start()["title:".len()..].trim().to_string(), rest),
                _ => return Err(ctx.err(line, "`sidebar` must start with a `title:` line")),
            };
            Block::Sidebar { title: Cow::Owned(inline_html(&title)), html: Cow::Owned(to_html(rest)) }
        }
        other => return Err(ctx.err(line, format!("unknown directive `{other}`"))),
    })
}

/// Parse `metric op number, metric op number, ...` against the engine's metric names.
pub fn parse_checks(text: &str) -> Result<Vec<Check>, String> {
    let mut checks = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let cmp = Cmp::ALL.into_iter().find(|c| part.contains(c.symbol())).ok_or_else(|| {
            let all: Vec<&str> = Cmp::ALL.iter().map(|c| c.symbol()).collect();
            format!("condition `{part}` has no operator (use {})", all.join(" "))
        })?;
        let (metric, value) = part.split_once(cmp.symbol()).expect("operator found above");
        let metric = metric.trim();
        if !World::knows_metric(metric) {
            let known: Vec<&str> = World::METRICS.to_vec();
            return Err(format!("unknown metric `{metric}` in `{part}` (known: {})", known.join(", ")));
        }
        let value: i64 = value.trim().parse().map_err(|_| format!("`{}` in `{part}` is not a whole number", value.trim()))?;
        checks.push(Check { metric: Cow::Owned(metric.to_string()), cmp, value });
    }
    if checks.is_empty() {
        return Err("`check:` has no conditions".into());
    }
    Ok(checks)
}

/// Why a `solve:` step cannot be run, for the content's authors (build errors are English,
/// as the compiler's are).
pub fn step_error(e: &tfp_engine::plan::StepError) -> String {
    use tfp_engine::plan::{StepError, MAX_WAIT_S};
    match e {
        StepError::NotSeconds(s) => format!("`{s}` after `@` is not a whole number of seconds"),
        StepError::TooLong { step, seconds } => format!("`{step}` waits {seconds} s; at most {MAX_WAIT_S}"),
        StepError::UnknownEvent(code) => {
            let known: Vec<&str> = tfp_engine::Input::ALL_EVENTS.iter().map(|i| i.code()).collect();
            format!("unknown event `{code}` (known: {})", known.join(", "))
        }
    }
}

/// Parse `step, step, ...`: a challenge's solution run, each step an event code, optionally
/// with the seconds to wait after the previous one (`rollback@2`; see `tfp_engine::plan`).
pub fn parse_solve(text: &str) -> Result<Vec<Text>, String> {
    let mut out = Vec::new();
    for step in text.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        tfp_engine::plan::step(step).map_err(|e| format!("{} in `solve:`", step_error(&e)))?;
        out.push(Cow::Owned(step.to_string()));
    }
    if out.is_empty() {
        return Err("`solve:` lists no events".into());
    }
    if out.len() > 12 {
        return Err(format!("`solve:` lists {} events; keep it to 12 or fewer", out.len()));
    }
    Ok(out)
}

/// What a lesson with a scenario must contain: a gist, one prediction, one simulation, one challenge,
/// two or three hints, one solution, facilitator notes. A lesson without one (the
/// introduction, or any reading lesson) has none of these.
fn check_structure(ctx: &Ctx, lesson: &Lesson) -> Result<(), ContentError> {
    let count = |f: fn(&Block) -> bool| lesson.blocks.iter().filter(|b| f(b)).count();
    let predicts = count(|b| matches!(b, Block::Predict { .. }));
    let sims = count(|b| matches!(b, Block::Sim { .. }));
    let challenges = count(|b| matches!(b, Block::Challenge { .. }));
    let hints = count(|b| matches!(b, Block::Hint { .. }));
    let solutions = count(|b| matches!(b, Block::Solution { .. }));
    let notes = count(|b| matches!(b, Block::Facilitator { .. }));
    let gists = count(|b| matches!(b, Block::Gist { .. }));
    if gists > 1 {
        return Err(ctx.err(1, format!("a lesson has at most one `gist` (found {gists})")));
    }
    if lesson.meta.scenario.is_none() {
        if predicts + sims + challenges + hints + solutions > 0 {
            return Err(ctx.err(1, "a lesson with `scenario: none` has no interactive blocks (predict, sim, challenge, hint, solution)"));
        }
        return Ok(());
    }
    let problems: Vec<String> = [
        (predicts == 1, format!("exactly one `predict` (found {predicts})")),
        (sims == 1, format!("exactly one `sim` (found {sims})")),
        (challenges == 1, format!("exactly one `challenge` (found {challenges})")),
        ((2..=3).contains(&hints), format!("two or three `hint`s (found {hints})")),
        (solutions == 1, format!("exactly one `solution` (found {solutions})")),
        (notes >= 1, format!("a `facilitator` block (found {notes})")),
        (gists == 1, "a `gist` (found none)".to_string()),
    ]
    .into_iter()
    .filter(|(ok, _)| !ok)
    .map(|(_, m)| m)
    .collect();
    if !problems.is_empty() {
        return Err(ctx.err(1, format!("a lesson needs {}", problems.join(", "))));
    }
    let sim_at = lesson.blocks.iter().position(|b| matches!(b, Block::Sim { .. }));
    let predict_at = lesson.blocks.iter().position(|b| matches!(b, Block::Predict { .. }));
    if predict_at > sim_at {
        return Err(ctx.err(1, "the `predict` block must come before the `sim` block"));
    }
    Ok(())
}

/// The lesson files of a content folder, `NN-<slug>.md` in order, each as (path, source). The
/// path is `<dir>/<name>`, as error messages show it. Other files (`FORMAT.md`, notes, the
/// embed heights) are not lessons.
pub fn lesson_files(dir: &str) -> Result<Vec<(String, String)>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{dir}: {e}"))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".md") && n.as_bytes().first().is_some_and(u8::is_ascii_digit))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let path = format!("{}/{n}", dir.trim_end_matches('/'));
            std::fs::read_to_string(&path).map(|s| (path.clone(), s)).map_err(|e| format!("{path}: cannot read: {e}"))
        })
        .collect()
}

/// Parse every lesson file (path, source) and check the set: numbered from 0 (the
/// introduction) without gaps, slugs unique, and every factor taught by a lesson. Lessons
/// that are not factors may come anywhere after the introduction.
pub fn parse_all(files: &[(String, String)]) -> Result<Vec<Lesson>, ContentError> {
    let mut lessons: Vec<(String, Lesson)> = Vec::new();
    for (path, source) in files {
        let lesson = parse_lesson(path, source)?;
        let name = path.rsplit('/').next().unwrap_or(path);
        let expected = format!("{:02}-{}.md", lesson.meta.number, lesson.meta.slug);
        if name != expected {
            return Err(ContentError {
                file: path.clone(),
                line: 1,
                message: format!("file should be named `{expected}` for lesson {} `{}`", lesson.meta.number, lesson.meta.slug),
            });
        }
        if let Some((other, _)) = lessons.iter().find(|(_, l)| l.meta.slug == lesson.meta.slug || l.meta.number == lesson.meta.number) {
            return Err(ContentError { file: path.clone(), line: 1, message: format!("the same number or slug as {other}") });
        }
        lessons.push((path.clone(), lesson));
    }
    lessons.sort_by_key(|(_, l)| l.meta.number);
    let set_error = |message: String| ContentError { file: "content/".into(), line: 1, message };
    for (n, (_, l)) in lessons.iter().enumerate() {
        if usize::from(l.meta.number) != n {
            return Err(set_error(format!("lesson {n} is missing: lessons are numbered 0 (the introduction), 1, 2, … without gaps")));
        }
    }
    let untaught: Vec<&str> = Factor::ALL.iter().filter(|f| !lessons.iter().any(|(_, l)| l.meta.factor() == Some(**f))).map(|f| f.slug()).collect();
    if !untaught.is_empty() {
        return Err(set_error(format!("every factor needs its lesson; missing: {}", untaught.join(", "))));
    }
    Ok(lessons.into_iter().map(|(_, l)| l).collect())
}

#[cfg(test)]
mod tests {
    use super::split_outcome;

    #[test]
    fn the_outcome_section_is_split_from_the_prose_around_it() {
        let md = "## The idea\nA\n```sh\n## What just broke (a comment)\n```\n## What just broke, and why\nB\n\n## How to fix it\nC\n";
        let parts = split_outcome(md);
        assert_eq!(parts.len(), 3, "{parts:?}");
        assert_eq!(parts[0], (None, "## The idea\nA\n```sh\n## What just broke (a comment)\n```\n"));
        assert_eq!(parts[1], (Some("What just broke, and why"), "B\n\n"));
        assert_eq!(parts[2], (None, "## How to fix it\nC\n"));
        assert_eq!(split_outcome("## Only\nprose\n"), vec![(None, "## Only\nprose\n")]);
    }
}
