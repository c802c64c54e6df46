//! The one place that decides how Markdown becomes HTML: which extensions are on, and that
//! raw HTML is escaped instead of passed through.

use pulldown_cmark::{html, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// The Markdown options every piece of content is parsed with.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION
}

/// A heading's anchor id: lower-case words joined by hyphens.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_lowercase());
    }
    out
}

/// Render Markdown to HTML. Raw HTML in the source comes out as visible, escaped text;
/// level-2 headings get an id so the page can link to a section.
pub fn to_html(markdown: &str) -> String {
    let events: Vec<Event> = Parser::new_ext(markdown, options()).collect();
    let mut out_events = Vec::with_capacity(events.len());
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            Event::Html(raw) | Event::InlineHtml(raw) => out_events.push(Event::Text(raw.clone())),
            Event::Start(Tag::Heading { level: HeadingLevel::H2, id: None, classes, attrs }) => {
                let mut text = String::new();
                for e in &events[i + 1..] {
                    match e {
                        Event::End(TagEnd::Heading(_)) => break,
                        Event::Text(t) | Event::Code(t) => text.push_str(t),
                        _ => {}
                    }
                }
                out_events.push(Event::Start(Tag::Heading {
                    level: HeadingLevel::H2,
                    id: Some(CowStr::from(slugify(&text))),
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                }));
            }
            e => out_events.push(e.clone()),
        }
        i += 1;
    }
    let mut html_out = String::new();
    html::push_html(&mut html_out, out_events.into_iter());
    // Code blocks may scroll sideways on a phone; a tab stop lets keyboard users scroll them.
    // (Raw HTML is escaped above, so every `<pre>` here is one we generated.)
    html_out.replace("<pre>", "<pre tabindex=\"0\">")
}

/// Render a single line of Markdown without the surrounding paragraph.
pub fn inline_html(markdown: &str) -> String {
    let html = to_html(markdown.trim());
    let trimmed = html.trim_end();
    trimmed.strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>")).unwrap_or(trimmed).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_escaped() {
        let html = to_html("Hello <script>alert(1)</script>\n\n<div onclick=x>block</div>\n");
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<div"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("&lt;div onclick=x&gt;"), "{html}");
    }

    #[test]
    fn headings_get_ids_and_inline_strips_paragraph() {
        assert!(to_html("## How to fix it\n").contains("<h2 id=\"how-to-fix-it\">How to fix it</h2>"));
        assert_eq!(inline_html("Use `PORT`"), "Use <code>PORT</code>");
        assert_eq!(inline_html("a <b>"), "a &lt;b&gt;");
    }

    #[test]
    fn code_blocks_are_focusable() {
        assert!(to_html("```sh\nls\n```\n").starts_with("<pre tabindex=\"0\"><code class=\"language-sh\">"));
        assert!(!to_html("<pre>x</pre>\n").contains("<pre"), "raw pre stays escaped");
    }

    #[test]
    fn tables_render() {
        assert!(to_html("| a | b |\n|---|---|\n| 1 | 2 |\n").contains("<table>"));
    }
}
