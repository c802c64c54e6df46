//! `/handout/`: a handout to print (or save as a PDF) for a workshop. A cover, then one page
//! per lesson (the idea in a few lines, the simulation's picture broken the violating way,
//! a prediction to think about, the challenge, and a link and QR code to the lesson), then
//! the answer key on pages of its own. With a session in the query (see the session
//! builder) it has only the session's lessons, in its order.

use crate::content::{self, Entry};
use crate::pages::kit::{set_title, Notices};
use crate::router::{Href, Location, Route};
use crate::FacilitatorMode;
use i18n::t;
use leptos::prelude::*;
use lessons::session::{duration, Session};
use lessons::text::esc;
use lessons::{Block, Lesson};

/// The handout page.
#[component]
pub fn Handout() -> impl IntoView {
    set_title(&t!(HandoutTitle));
    let read = Session::read(expect_context::<Location>().query, content::slug);
    let session = read.session.clone();
    let entries: Vec<&'static Entry> = match &session {
        Some(s) => s.lessons.iter().filter_map(|l| content::entry(l)).collect(),
        None => content::lessons().iter().collect(),
    };
    let planned: Vec<Option<u16>> = match &session {
        Some(s) if s.minutes.is_some() => s.plan(content::minutes).into_iter().map(Some).collect(),
        _ => vec![None; entries.len()],
    };
    let lessons = RwSignal::new(Vec::<&'static Lesson>::new());
    let pictures = RwSignal::new(Vec::<Option<String>>::new());
    let failed = RwSignal::new(None::<String>);
    {
        let entries = entries.clone();
        leptos::task::spawn_local(async move {
            let mut all = Vec::new();
            let mut drawn = Vec::new();
            for entry in entries {
                match content::load(entry).await {
                    Ok(l) => all.push(l),
                    Err(e) => {
                        let _ = failed.try_set(Some(format!("{}: {e}", entry.meta.title)));
                        return;
                    }
                }
                drawn.push(picture(entry).await);
            }
            let _ = pictures.try_set(drawn);
            let _ = lessons.try_set(all);
        });
    }
    let notes = expect_context::<FacilitatorMode>().0;
    let origin = window().location().origin().unwrap_or_default();
    let host = window().location().hostname().unwrap_or_default();
    let on_loopback = matches!(host.as_str(), "localhost" | "127.0.0.1" | "[::1]");
    let what = match &session {
        Some(s) => {
            let count = t!(HandoutLessons, count = s.lessons.len());
            match s.minutes {
                Some(m) => t!(HandoutSessionTimed, lessons = &count, time = &duration(u32::from(m))),
                None => t!(HandoutSession, lessons = &count),
            }
        }
        None => t!(HandoutAll, lessons = &t!(HandoutLessons, count = entries.len())),
    };
    let builder = match &session {
        Some(s) => format!("{}?{}", Route::Workshop.href(), s.query()),
        None => Route::Workshop.href(),
    };
    view! {
        <article class="handout" class:with-notes=move || notes.get()>
            <div class="handout-tools no-print">
                <button type="button" data-handout-print on:click=move |_| { let _ = window().print(); }>{t!(HandoutPrint)}</button>
                <label><input type="checkbox" prop:checked=move || notes.get() on:change=move |_| notes.update(|n| *n = !*n) />{t!(HandoutWithNotes)}</label>
                <p>{what}" "<a href=builder>{t!(HandoutChoose)}</a></p>
                {on_loopback.then(|| view! {
                    <p class="notice" data-handout-loopback>{t!(HandoutLoopback, host = &host)}</p>
                })}
            </div>
            <Notices notices=read.problems />
            {move || failed.get().map(|e| view! { <p class="lesson-error" role="alert">{t!(HandoutLoadFailed, why = &e)}</p> })}
            {move || {
                let all = lessons.get();
                if all.is_empty() {
                    return view! { <p class="lesson-loading" role="status">{t!(HandoutLoading)}</p> }.into_any();
                }
                view! { <div inner_html=printed(&all, &pictures.get(), &planned, &origin)></div> }.into_any()
            }}
        </article>
    }
}

/// The printed part, as HTML (our own, from the lessons): the cover, a page per lesson, the
/// answer key.
fn printed(all: &[&'static Lesson], pictures: &[Option<String>], planned: &[Option<u16>], origin: &str) -> String {
    let plan: String = all
        .iter()
        .zip(planned)
        .map(|(l, m)| {
            format!("<li>{}. {}{}</li>", l.meta.number, esc(&l.meta.title), m.map_or(String::new(), |m| format!(" · {}", esc(&t!(CardMinutes, minutes = m)))))
        })
        .collect();
    let pages: String = all.iter().zip(pictures).map(|(l, p)| lesson_page(l, p.as_deref(), origin)).collect();
    let key: String = all.iter().map(|l| key_part(l)).collect();
    format!(
        r#"<header class="handout-cover" data-handout-ready><h1>{heading}</h1><p class="lede">{lede}</p><h2>{contents}</h2><ol class="handout-plan">{plan}</ol><h2>{how_heading}</h2><p>{how}</p></header>{pages}<section class="handout-key" data-handout-key><h2>{answers}</h2>{key}</section>"#,
        heading = esc(&t!(HandoutHeading)),
        lede = esc(&t!(HandoutLede)),
        contents = esc(&t!(HandoutContents)),
        how_heading = esc(&t!(HandoutHowHeading)),
        how = esc(&t!(HandoutHow)),
        answers = esc(&t!(HandoutKey)),
    )
}

/// The lesson's picture broken the violating way, drawn by the build from the real app in
/// the page's language (`scripts/og-images.mjs`), or `None` (a reading lesson, or a build
/// without pictures).
async fn picture(entry: &'static Entry) -> Option<String> {
    entry.meta.scenario.as_ref()?;
    let url = crate::url(&format!("/og/{}-picture.html", entry.meta.slug));
    let resp = gloo_fetch(&url).await?;
    resp.contains("<svg").then_some(resp)
}

/// The text at `url`, if it answers 200.
async fn gloo_fetch(url: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let resp = wasm_bindgen_futures::JsFuture::from(window().fetch_with_str(url)).await.ok()?.dyn_into::<web_sys::Response>().ok()?;
    if !resp.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(resp.text().ok()?).await.ok()?.as_string()
}

/// A QR code for `text` as an SVG drawing (dark modules as one path), or nothing if it is too
/// long to encode.
fn qr_svg(text: &str) -> Option<String> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let mut path = String::new();
    for (i, c) in code.to_colors().into_iter().enumerate() {
        if c == qrcode::Color::Dark {
            path.push_str(&format!("M{} {}h1v1h-1z", i % width + 4, i / width + 4));
        }
    }
    let size = width + 8;
    let label = esc(&t!(HandoutQr, link = text));
    Some(format!(
        r##"<svg class="qr" viewBox="0 0 {size} {size}" role="img" aria-label="{label}"><rect width="{size}" height="{size}" fill="#fff"/><path d="{path}" fill="#000"/></svg>"##
    ))
}

/// A prediction's options as a list to tick.
fn options_html(options: &[lessons::Text]) -> String {
    let items: String = options.iter().map(|o| format!(r#"<li><span aria-hidden="true">☐ </span>{o}</li>"#)).collect();
    format!(r#"<ul class="handout-options">{items}</ul>"#)
}

/// A lesson's printed page.
fn lesson_page(l: &'static Lesson, picture: Option<&str>, origin: &str) -> String {
    let meta = &l.meta;
    let link = format!("{origin}{}", Route::Lesson(&meta.slug).href());
    let predict = l.blocks.iter().find_map(|b| match b {
        Block::Predict { question, options, .. } => {
            Some(format!(r#"<section class="predict"><h3>{}</h3><p>{question}</p>{}</section>"#, esc(&t!(HandoutPredict)), options_html(options)))
        }
        _ => None,
    });
    let challenge = l.blocks.iter().find_map(|b| match b {
        Block::Challenge { goal, .. } => Some(format!(r#"<section class="challenge"><h3>{}</h3><p>{goal}</p></section>"#, esc(&t!(HandoutChallenge)))),
        _ => None,
    });
    // The caption is already escaped in the drawing's attribute.
    let caption = picture.and_then(|p| p.split_once("data-caption=\"")).and_then(|(_, rest)| rest.split_once('"')).map(|(c, _)| c).filter(|c| !c.is_empty());
    let figure = picture.map(|svg| {
        format!(
            r#"<figure class="handout-picture">{svg}<figcaption>{}{}</figcaption></figure>"#,
            esc(&t!(HandoutFigure)),
            caption.map_or(String::new(), |c| format!(": {c}"))
        )
    });
    format!(
        r#"<section class="handout-lesson" data-handout="{slug}"><h2>{n}. {title}</h2><p class="lede">{summary}</p><div class="prose handout-idea">{idea}</div>{figure}{predict}{challenge}<footer class="handout-link">{qr}<p>{try_it}<a href="{link}">{link}</a></p></footer></section>"#,
        slug = meta.slug,
        n = meta.number,
        title = esc(&meta.title),
        summary = esc(&meta.summary),
        idea = l.gist(),
        figure = figure.unwrap_or_default(),
        predict = predict.unwrap_or_default(),
        challenge = challenge.unwrap_or_default(),
        qr = qr_svg(&link).unwrap_or_default(),
        try_it = esc(&t!(HandoutTry)),
    )
}

/// A lesson's part of the answer key: each prediction's answer, the challenge's solution, and
/// the facilitator notes (printed only when they are asked for).
fn key_part(l: &'static Lesson) -> String {
    let parts: String = l
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Predict { question, options, correct, explain } => Some(format!(
                r#"<p><strong>{}</strong>{question}</p><p class="answer"><strong>{}</strong> {}</p><p class="answer">{explain}</p>"#,
                esc(&t!(HandoutKeyPredict)),
                esc(&t!(HandoutKeyAnswer, n = correct + 1)),
                options.get(usize::from(*correct)).map_or("", |o| o.as_ref())
            )),
            Block::Solution { html } => Some(format!(r#"<p><strong>{}</strong></p><div class="answer">{html}</div>"#, esc(&t!(HandoutKeySolution)))),
            Block::Facilitator { html } => Some(format!(r#"<aside class="facilitator"><h4>{}</h4>{html}</aside>"#, esc(&t!(FacilitatorNotes)))),
            _ => None,
        })
        .collect();
    format!(r#"<section class="key-lesson" data-key="{}"><h3>{}. {}</h3>{parts}</section>"#, l.meta.slug, l.meta.number, esc(&l.meta.title))
}

#[cfg(test)]
mod tests {
    use super::qr_svg;

    /// The dark modules of a drawn code, as (x, y) in modules from its top-left corner.
    fn dark(svg: &str) -> Vec<(usize, usize)> {
        let path = svg.split_once(" d=\"").unwrap().1.split_once('"').unwrap().0;
        path.split('M')
            .filter(|m| !m.is_empty())
            .map(|m| {
                let (x, rest) = m.split_once(' ').unwrap();
                let y = rest.split_once('h').unwrap().0;
                (x.parse::<usize>().unwrap() - 4, y.parse::<usize>().unwrap() - 4)
            })
            .collect()
    }

    #[test]
    fn a_qr_code_is_drawn_with_its_finder_patterns_and_quiet_zone() {
        let svg = qr_svg("http://192.168.1.20:8080/factors/config").unwrap();
        let size: usize = svg.split_once("viewBox=\"0 0 ").unwrap().1.split_once(' ').unwrap().0.parse().unwrap();
        let width = size - 8;
        assert!(width >= 21 && (width - 21).is_multiple_of(4), "a QR code is 21 + 4k modules wide: {width}");
        let dark = dark(&svg);
        // The three finder patterns: a 7×7 ring with a 3×3 centre, at three corners.
        for (cx, cy) in [(0, 0), (width - 7, 0), (0, width - 7)] {
            for i in 0..7 {
                for (x, y) in [(cx + i, cy), (cx + i, cy + 6), (cx, cy + i), (cx + 6, cy + i)] {
                    assert!(dark.contains(&(x, y)), "finder ring at ({x}, {y})");
                }
            }
            assert!(!dark.contains(&(cx + 1, cy + 1)) && dark.contains(&(cx + 3, cy + 3)));
        }
        assert!(dark.iter().all(|&(x, y)| x < width && y < width), "the quiet zone stays blank");
        assert!(svg.contains(r#"aria-label="QR code for http://192.168.1.20:8080/factors/config""#));
    }

    #[test]
    fn a_link_too_long_for_any_qr_code_draws_none() {
        assert_eq!(qr_svg(&"x".repeat(8000)), None);
    }
}
