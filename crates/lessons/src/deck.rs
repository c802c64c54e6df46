//! A lesson as a deck of screens, for presenter mode and the speaker view: the title, its
//! prose cut into slides that fit a 1280×720 screen at the presenter's text size, and its
//! interactive blocks, one per screen. Pure, so both views (and tests) cut it the same way.

use crate::{Block, Lesson};

/// One screen of a presentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// The lesson's title and summary.
    Title,
    /// A section of prose (HTML from our own Markdown, split at its `<h2>` headings).
    Prose(String),
    /// An interactive block, by index.
    Block(usize),
}

/// Split a lesson into screens: the title, each prose section (cut into slides that fit the
/// screen), and each interactive block (hints and the solution go with the challenge;
/// facilitator notes go to the notes panel).
pub fn steps(lesson: &Lesson) -> Vec<Step> {
    let mut out = vec![Step::Title];
    let sections = |html: &str, out: &mut Vec<Step>| {
        let mut rest = html;
        while !rest.is_empty() {
            let next = rest[1..].find("<h2").map_or(rest.len(), |p| p + 1);
            let part = rest[..next].trim();
            if !part.is_empty() {
                out.extend(slides_of(part).into_iter().map(Step::Prose));
            }
            rest = &rest[next..];
        }
    };
    for (i, b) in lesson.blocks.iter().enumerate() {
        match b {
            Block::Prose { html } => sections(html, &mut out),
            Block::Outcome { title, html } => sections(&format!("<h2>{title}</h2>{html}"), &mut out),
            Block::Facilitator { .. } | Block::Hint { .. } | Block::Solution { .. } | Block::Gist { .. } => {}
            _ => out.push(Step::Block(i)),
        }
    }
    out
}

/// Block-level tags whose nesting decides where a top-level block ends.
const BLOCK_TAGS: [&str; 14] = ["p", "pre", "ul", "ol", "li", "table", "blockquote", "h2", "h3", "h4", "div", "details", "dl", "figure"];

/// Split HTML from our own Markdown into its top-level blocks (paragraphs, lists, code, tables,
/// headings), by following the nesting of block tags.
fn top_level_blocks(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start, mut i) = (0usize, 0usize, 0usize);
    let bytes = html.as_bytes();
    while let Some(off) = html[i..].find('<') {
        let at = i + off;
        let closing = bytes.get(at + 1) == Some(&b'/');
        let name_start = at + 1 + usize::from(closing);
        let name_end = html[name_start..].find(|c: char| !c.is_ascii_alphanumeric()).map_or(html.len(), |e| name_start + e);
        let name = &html[name_start..name_end];
        let end = html[at..].find('>').map_or(html.len(), |e| at + e + 1);
        if BLOCK_TAGS.contains(&name) {
            if closing {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    out.push(html[start..end].trim());
                    start = end;
                }
            } else {
                if depth == 0 {
                    start = at;
                }
                depth += 1;
            }
        }
        i = end.max(at + 1);
    }
    let rest = html[start..].trim();
    if !rest.is_empty() {
        out.push(rest);
    }
    out.retain(|b| !b.is_empty());
    out
}

/// About how much room a block takes on a slide, in characters of running text: code and
/// list items cost a line each, headings a little more than their text.
fn weight(block: &str) -> usize {
    let text = block.split('<').map(|part| part.split_once('>').map_or(part, |(_, t)| t)).map(str::len).sum::<usize>();
    let lines = block.matches('\n').count();
    if block.starts_with("<pre") {
        lines * SLIDE_LINE
    } else if block.starts_with("<h") {
        text + SLIDE_LINE
    } else {
        text + block.matches("<li").count() * SLIDE_LINE / 3
    }
}

/// Room on one slide, in the units of [`weight`]: what fits 1280×720 at the presenter's
/// 28-pixel text, with its bar.
const SLIDE_ROOM: usize = 420;
/// A line of running text on a slide, in characters.
const SLIDE_LINE: usize = 70;

/// Cut a prose section into slides that each fit the screen: whole blocks, as many as fit,
/// the section's heading repeated on the slides that continue it.
fn slides_of(section: &str) -> Vec<String> {
    let blocks = top_level_blocks(section);
    let heading = blocks.first().filter(|b| b.starts_with("<h2")).map(|h| {
        let text = h.split_once('>').map_or("", |(_, t)| t).trim_end_matches("</h2>");
        format!("<h2 class=\"continued\">{text} <span class=\"cont\">(continued)</span></h2>")
    });
    let mut slides: Vec<String> = Vec::new();
    let (mut current, mut used) = (String::new(), 0);
    for block in blocks {
        let w = weight(block);
        // A heading stays with what follows it, even when that is long.
        let only_heading = top_level_blocks(&current).iter().all(|b| b.starts_with("<h2"));
        if used > 0 && used + w > SLIDE_ROOM && !only_heading {
            slides.push(std::mem::take(&mut current));
            used = 0;
            if let Some(h) = &heading {
                current.push_str(h);
                used = SLIDE_LINE;
            }
        }
        current.push_str(block);
        current.push('\n');
        used += w;
    }
    if !current.trim().is_empty() {
        slides.push(current);
    }
    slides
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    #[test]
    fn prose_splits_at_sections_and_notes_are_not_screens() {
        let lesson = Lesson {
            meta: crate::Meta {
                title: "Config".into(),
                number: 3,
                slug: "config".into(),
                summary: "".into(),
                scenario: Some("config".into()),
                minutes: 10,
                canonical: "".into(),
            },
            blocks: Cow::Owned(vec![
                Block::Prose { html: Cow::Borrowed("<h2 id=\"a\">A</h2><p>1</p>\n<h2 id=\"b\">B</h2><p>2</p>") },
                Block::Sim { caption: None },
                Block::Hint { html: Cow::Borrowed("h") },
                Block::Facilitator { html: Cow::Borrowed("f") },
            ]),
        };
        assert_eq!(
            steps(&lesson),
            vec![Step::Title, Step::Prose("<h2 id=\"a\">A</h2>\n<p>1</p>\n".into()), Step::Prose("<h2 id=\"b\">B</h2>\n<p>2</p>\n".into()), Step::Block(1)]
        );
    }

    #[test]
    fn long_sections_become_several_slides_of_whole_blocks() {
        let para = format!("<p>{}</p>", "word ".repeat(80));
        let section = format!(
            "<h2 id=\"idea\">The idea</h2>\n{para}\n<ul>\n<li>a<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>\n<pre><code>1\n2\n</code></pre>\n{para}\n{para}\n"
        );
        let blocks = top_level_blocks(&section);
        assert_eq!(blocks.len(), 6, "{blocks:?}");
        assert!(blocks[2].starts_with("<ul>") && blocks[2].ends_with("</ul>"), "a nested list stays whole");
        let slides = slides_of(&section);
        assert!(slides.len() >= 2, "{slides:?}");
        assert!(slides.iter().all(|s| s.split_inclusive("</p>").count() <= 3));
        assert!(slides[1].starts_with("<h2 class=\"continued\">The idea"), "{}", slides[1]);
        let joined: String = slides.concat();
        assert_eq!(joined.matches("word").count(), 240, "nothing lost");
    }

    #[test]
    fn a_heading_is_never_a_slide_on_its_own() {
        let long = format!("<p>{}</p>", "word ".repeat(120));
        let slides = slides_of(&format!("<h2 id=\"idea\">The idea</h2>\n{long}\n{long}\n"));
        assert!(slides[0].starts_with("<h2 id=\"idea\">The idea</h2>\n<p>word"), "{}", slides[0]);
        assert!(slides.iter().all(|s| s.contains("<p>")), "{slides:?}");
    }
}
