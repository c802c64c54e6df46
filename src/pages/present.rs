//! `/present/<slug>/`: presenter mode for workshops. Full screen, large type, one step per
//! screen. Keys: → / PageDown next, ← / PageUp back, Space plays or pauses the simulation
//! (or goes on, where there is none), R resets the simulation, F full screen, N notes.

use crate::blocks::{block_view, LessonCtx};
use crate::content::{self, Entry};
use crate::pages::kit::{lesson_view, missing, set_title};
use crate::router::Href;
use crate::sim::Sim;
use crate::sim::DEFAULT_SEED;
use engine::Scenario;
use leptos::prelude::*;
use lessons::{Block, Lesson};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

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
            Block::Facilitator { .. } | Block::Hint { .. } | Block::Solution { .. } => {}
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
        if used > 0 && used + w > SLIDE_ROOM {
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

/// Shrink the current slide's text in small steps (not below 70 %) until the page no longer
/// scrolls.
fn fit_slide() {
    let Some(screen) = document().query_selector(".present-screen").ok().flatten() else { return };
    let Some(screen) = screen.dyn_ref::<web_sys::HtmlElement>() else { return };
    let root = document().scrolling_element().or_else(|| document().document_element());
    let too_tall = || root.as_ref().is_some_and(|r| r.scroll_height() > window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0) as i32 + 1);
    let _ = screen.style().remove_property("font-size");
    let mut scale = 100;
    while too_tall() && scale > 70 {
        scale -= 5;
        let _ = screen.style().set_property("font-size", &format!("{scale}%"));
    }
    // Tests and tools can tell the slide has been fitted.
    if let Some(step) = screen.get_attribute("data-step") {
        let _ = screen.set_attribute("data-fitted", &step);
    }
}

/// The presenter page for the lesson in the path, or a message.
#[component]
pub fn Present(slug: String) -> impl IntoView {
    let Some(entry) = content::entry(&slug) else {
        return missing("No such lesson to present", "").into_any();
    };
    set_title(&format!("Presenting {}. {} · Twelve-Factor Playground", entry.meta.number, entry.meta.title));
    lesson_view(entry, move |lesson| view! { <Deck entry=entry lesson=lesson /> }.into_any()).into_any()
}

#[component]
fn Deck(entry: &'static Entry, lesson: &'static Lesson) -> impl IntoView {
    let slug: &'static str = &entry.meta.slug;
    // A reading lesson has no simulation: its deck is its title and prose.
    let sim = entry.meta.scenario.as_deref().and_then(Scenario::by_id).map(|s| Sim::lesson(s, false, DEFAULT_SEED));
    let ctx = LessonCtx { lesson, slug, sim };
    let steps = steps(lesson);
    let total = steps.len();
    let at = RwSignal::new(0usize);
    let notes = RwSignal::new(false);
    let notes_html: String = lesson.blocks.iter().filter_map(|b| if let Block::Facilitator { html } = b { Some(html.as_ref()) } else { None }).collect();
    let go = move |d: isize| at.update(|a| *a = (*a as isize + d).clamp(0, total as isize - 1) as usize);
    let on_sim = {
        let steps = steps.clone();
        move || matches!(steps[at.get_untracked()], Step::Block(i) if matches!(lesson.blocks[i], Block::Sim { .. }))
    };
    let full_screen = || {
        if document().fullscreen_element().is_some() {
            document().exit_fullscreen();
        } else if let Some(root) = document().document_element() {
            let _ = root.request_fullscreen();
        }
    };
    let keys = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |ev: web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = document().active_element().is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        let handled = match ev.key().as_str() {
            "ArrowRight" | "PageDown" => {
                go(1);
                true
            }
            "ArrowLeft" | "PageUp" => {
                go(-1);
                true
            }
            " " if !typing => {
                match sim.filter(|_| on_sim()) {
                    Some(sim) => sim.playing.update(|p| *p = !*p),
                    None => go(1),
                }
                true
            }
            "r" | "R" if !typing => {
                if let Some(sim) = sim {
                    sim.reset();
                }
                sim.is_some()
            }
            "f" | "F" if !typing => {
                full_screen();
                true
            }
            "n" | "N" if !typing => {
                notes.update(|n| *n = !*n);
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    });
    let _ = window().add_event_listener_with_callback("keydown", keys.as_ref().unchecked_ref());
    let keys = send_wrapper::SendWrapper::new(keys);
    on_cleanup(move || {
        let _ = window().remove_event_listener_with_callback("keydown", keys.as_ref().unchecked_ref());
    });
    // A slide that is still too tall for this screen (a long list of options, a big table) is
    // set a little smaller until it fits, as presentation software does; most stay at full size.
    Effect::new(move |_| {
        at.track();
        request_animation_frame(fit_slide);
    });
    let screen = move || {
        let i = at.get();
        let view = match &steps[i] {
            Step::Title => view! {
                <div class="present-title">
                    <p class="kicker">{lessons::text::lesson_kicker(&entry.meta, content::lessons().len())}</p>
                    <h1>{entry.meta.title.as_ref()}</h1>
                    <p class="lede">{entry.meta.summary.as_ref()}</p>
                    <p class="present-keys">"→ next · ← back · Space play/pause · R reset · F full screen · N notes"</p>
                </div>
            }
            .into_any(),
            Step::Prose(html) => view! { <div class="prose" inner_html=html.clone()></div> }.into_any(),
            Step::Block(b) => {
                let mut parts = vec![block_view(ctx, *b).unwrap_or_else(|| ().into_any())];
                // The challenge screen also carries the hints and the solution.
                if matches!(lesson.blocks[*b], Block::Challenge { .. }) {
                    for j in 0..lesson.blocks.len() {
                        if matches!(lesson.blocks[j], Block::Hint { .. } | Block::Solution { .. }) {
                            if let Some(v) = block_view(ctx, j) {
                                parts.push(v);
                            }
                        }
                    }
                }
                parts.into_iter().collect_view().into_any()
            }
        };
        view! { <div class="present-screen" data-step=i>{view}</div> }
    };
    view! {
        <div class="presenter" data-present=slug>
            <div class="present-bar" role="toolbar" aria-label="Presentation">
                <button type="button" data-present-prev on:click=move |_| go(-1) disabled=move || at.get() == 0>"← Back"</button>
                <span class="present-count" aria-live="polite">{move || format!("{} / {total}", at.get() + 1)}</span>
                <button type="button" data-present-next on:click=move |_| go(1) disabled=move || at.get() + 1 == total>"Next →"</button>
                <button type="button" on:click=move |_| full_screen()>"Full screen"</button>
                <button type="button" data-present-notes aria-pressed=move || notes.get().to_string() on:click=move |_| notes.update(|n| *n = !*n)>"Notes"</button>
                <a href=crate::router::Route::Lesson(slug).href()>"Leave presenter mode"</a>
            </div>
            {screen}
            <Show when=move || notes.get()>
                <aside class="facilitator present-notes" aria-label="Facilitator notes"><h2>"Facilitator notes"</h2><div inner_html=notes_html.clone()></div></aside>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    #[test]
    fn prose_splits_at_sections_and_notes_are_not_screens() {
        let lesson = Lesson {
            meta: content::entry("config").unwrap().meta.clone(),
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
}
