//! The compact text form a lesson's blocks travel in from the server to the app.
//!
//! Lesson bodies are not compiled into the wasm (that would make every visitor download all
//! twelve up front); the build writes each lesson's typed blocks in this form to its own
//! file, and the app fetches the one it shows. The format is a version tag, then blocks
//! separated by RS (0x1E), fields by US (0x1F), and list items by GS (0x1D). Content may
//! not contain these control characters; the build checks that.
//!
//! Decoding never panics: anything that is not exactly what [`encode`] writes is an error.

use crate::{Block, Check, Cmp, List, Text};
use std::borrow::Cow;

/// The first line of every file: the format and its version.
pub const MAGIC: &str = "tfp-lesson/2";
const RS: char = '\u{1e}';
const US: char = '\u{1f}';
const GS: char = '\u{1d}';
/// The largest file the app will decode.
pub const MAX_BYTES: usize = 512 * 1024;

/// Why a lesson file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WireError(pub String);

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether `text` can travel in this format.
pub fn is_clean(text: &str) -> bool {
    !text.contains([RS, US, GS])
}

fn list<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    items.iter().map(f).collect::<Vec<_>>().join(&GS.to_string())
}

/// Encode blocks. Panics if a text contains a separator (the build checks [`is_clean`] first).
pub fn encode(blocks: &[Block]) -> String {
    let mut out = String::from(MAGIC);
    for b in blocks {
        let fields: Vec<String> = match b {
            Block::Prose { html } => vec!["prose".into(), html.to_string()],
            Block::Outcome { title, html } => vec!["outcome".into(), title.to_string(), html.to_string()],
            Block::Predict { question, options, correct, explain } => {
                vec!["predict".into(), question.to_string(), list(options, |o| o.to_string()), correct.to_string(), explain.to_string()]
            }
            Block::Sim { caption } => vec!["sim".into(), caption.as_deref().unwrap_or("").to_string()],
            Block::Challenge { goal, checks, solve } => vec![
                "challenge".into(),
                goal.to_string(),
                list(checks, |c| format!("{} {} {}", c.metric, c.cmp.symbol(), c.value)),
                list(solve, |s| s.to_string()),
            ],
            Block::Hint { html } => vec!["hint".into(), html.to_string()],
            Block::Solution { html } => vec!["solution".into(), html.to_string()],
            Block::Facilitator { html } => vec!["facilitator".into(), html.to_string()],
            Block::Sidebar { title, html } => vec!["sidebar".into(), title.to_string(), html.to_string()],
            Block::Gist { html } => vec!["gist".into(), html.to_string()],
        };
        assert!(fields.iter().skip(1).all(|f| f.split(GS).all(is_clean)), "content contains a separator character");
        out.push(RS);
        out.push_str(&fields.join(&US.to_string()));
    }
    out
}

fn text(s: &str) -> Text {
    Cow::Owned(s.to_string())
}

fn items(s: &str) -> Vec<&str> {
    if s.is_empty() {
        Vec::new()
    } else {
        s.split(GS).collect()
    }
}

fn check(s: &str) -> Result<Check, WireError> {
    let mut parts = s.split(' ');
    let (Some(metric), Some(op), Some(value), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return Err(WireError(format!("bad condition `{s}`")));
    };
    let cmp = Cmp::from_symbol(op).ok_or_else(|| WireError(format!("bad operator `{op}`")))?;
    let value = value.parse().map_err(|_| WireError(format!("bad number `{value}`")))?;
    Ok(Check { metric: text(metric), cmp, value })
}

/// Decode what [`encode`] wrote.
pub fn decode(data: &str) -> Result<List<Block>, WireError> {
    if data.len() > MAX_BYTES {
        return Err(WireError("the lesson file is too large".into()));
    }
    let mut records = data.split(RS);
    if records.next() != Some(MAGIC) {
        return Err(WireError("not a lesson file of this version".into()));
    }
    let mut blocks = Vec::new();
    for record in records {
        let f: Vec<&str> = record.split(US).collect();
        let block = match f.as_slice() {
            ["prose", html] => Block::Prose { html: text(html) },
            ["outcome", title, html] => Block::Outcome { title: text(title), html: text(html) },
            ["predict", question, options, correct, explain] => {
                let options: Vec<Text> = items(options).into_iter().map(text).collect();
                let correct: u8 = correct.parse().map_err(|_| WireError("bad answer index".into()))?;
                if usize::from(correct) >= options.len() {
                    return Err(WireError("answer index out of range".into()));
                }
                Block::Predict { question: text(question), options: Cow::Owned(options), correct, explain: text(explain) }
            }
            ["sim", caption] => Block::Sim { caption: (!caption.is_empty()).then(|| text(caption)) },
            ["challenge", goal, checks, solve] => Block::Challenge {
                goal: text(goal),
                checks: Cow::Owned(items(checks).into_iter().map(check).collect::<Result<_, _>>()?),
                solve: Cow::Owned(items(solve).into_iter().map(text).collect()),
            },
            ["hint", html] => Block::Hint { html: text(html) },
            ["solution", html] => Block::Solution { html: text(html) },
            ["facilitator", html] => Block::Facilitator { html: text(html) },
            ["sidebar", title, html] => Block::Sidebar { title: text(title), html: text(html) },
            ["gist", html] => Block::Gist { html: text(html) },
            _ => return Err(WireError(format!("unknown block `{}`", f.first().copied().unwrap_or("")))),
        };
        blocks.push(block);
    }
    Ok(Cow::Owned(blocks))
}

/// A short, stable fingerprint of a file's content, for cache-busting file names.
pub fn fingerprint(data: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in data.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    format!("{:012x}", h >> 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<Block> {
        vec![
            Block::Prose { html: text("<p>Hi &amp; bye</p>") },
            Block::Predict { question: text("Q?"), options: Cow::Owned(vec![text("a"), text("b")]), correct: 1, explain: text("because") },
            Block::Sim { caption: None },
            Block::Sim { caption: Some(text("Try it")) },
            Block::Outcome { title: text("What just broke, and why"), html: text("<p>This.</p>") },
            Block::Challenge {
                goal: text("Do"),
                checks: Cow::Owned(vec![Check { metric: text("failed"), cmp: Cmp::Le, value: -3 }]),
                solve: Cow::Owned(vec![text("deploy"), text("rollback@2")]),
            },
            Block::Hint { html: text("h") },
            Block::Solution { html: text("s") },
            Block::Facilitator { html: text("f") },
            Block::Sidebar { title: text("t"), html: text("") },
            Block::Gist { html: text("g") },
        ]
    }

    #[test]
    fn round_trips() {
        let blocks = sample();
        assert_eq!(decode(&encode(&blocks)).unwrap().into_owned(), blocks);
        assert_eq!(decode(&encode(&[])).unwrap().len(), 0);
    }

    #[test]
    fn rejects_what_it_did_not_write() {
        let good = encode(&sample());
        for bad in [
            "",
            "tfp-lesson/1",
            "<html>",
            &good.replace("predict", "pr3dict"),
            &good.replace("failed <= -3", "failed <=> 3"),
            &good[..good.len() / 2].replace(MAGIC, "x"),
        ] {
            assert!(decode(bad).is_err(), "{bad:?}");
        }
        assert!(decode(&format!("{MAGIC}\u{1e}predict\u{1f}q\u{1f}a\u{1f}5\u{1f}e")).is_err(), "answer out of range");
        assert!(decode(&"x".repeat(MAX_BYTES + 1)).is_err());
    }

    #[test]
    fn fingerprint_is_stable_and_short() {
        assert_eq!(fingerprint("abc"), fingerprint("abc"));
        assert_ne!(fingerprint("abc"), fingerprint("abd"));
        assert_eq!(fingerprint("").len(), 12);
    }
}
