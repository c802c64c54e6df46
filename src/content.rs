//! The lessons. Their front matter is compiled in (see `build.rs`), so headings, the home
//! page and navigation need no network; each lesson's body is a data file fetched (and then
//! kept) when the lesson is first opened, so no visitor downloads all twelve up front.

use lessons::{Lesson, Meta, Text};
use std::cell::{Cell, RefCell};

/// A lesson as the app knows it before its body is loaded.
pub struct Entry {
    /// Front matter.
    pub meta: Meta,
    /// The name of its data file under `lessons/`.
    pub file: &'static str,
    /// Shown in English on another language's page, as that language has no translation.
    pub fallback: bool,
}

include!(concat!(env!("OUT_DIR"), "/lessons.rs"));
include!(concat!(env!("OUT_DIR"), "/embed_heights.rs"));

/// The height to give a lesson's embed frame, so a post lays out at its final height before
/// the lesson loads (measured at [`EMBED_WIDTH`]; `embed.js` corrects it at other widths).
pub fn embed_height(slug: &str) -> u32 {
    EMBED_HEIGHTS.iter().find(|(s, _)| *s == slug).map_or(1600, |(_, h)| *h)
}

thread_local! {
    /// The lessons in the page's language: the built-in English index, or its translation
    /// (see [`translate`]).
    static ACTIVE: Cell<&'static [Entry]> = const { Cell::new(INDEX) };
}

fn index() -> &'static [Entry] {
    ACTIVE.with(Cell::get)
}

/// Use a language's lessons: `lines` is the lesson index of its file (see
/// `lessons::site::pack`), one line per lesson in the English index's order: data file,
/// title, summary and canonical link, or empty for a lesson shown in English. A damaged index
/// is refused and the English one kept.
pub fn translate(lines: &str) -> Result<(), String> {
    let lines: Vec<&str> = lines.strip_suffix('\n').unwrap_or(lines).split('\n').collect();
    if lines.len() != INDEX.len() {
        return Err(format!("the language's lessons do not match this version ({} of {})", lines.len(), INDEX.len()));
    }
    let mut entries = Vec::with_capacity(INDEX.len());
    for (english, line) in INDEX.iter().zip(lines) {
        if line.is_empty() {
            entries.push(Entry { meta: english.meta.clone(), file: english.file, fallback: true });
            continue;
        }
        let [file, title, summary, canonical] = line.splitn(4, '\t').collect::<Vec<_>>()[..] else {
            return Err(format!("the language's entry for {} is damaged", english.meta.slug));
        };
        let leak = |s: &str| -> Text { std::borrow::Cow::Borrowed(Box::leak(s.to_string().into_boxed_str())) };
        let meta = Meta { title: leak(title), summary: leak(summary), canonical: leak(canonical), ..english.meta.clone() };
        entries.push(Entry { meta, file: Box::leak(file.to_string().into_boxed_str()), fallback: false });
    }
    ACTIVE.with(|a| a.set(Box::leak(entries.into_boxed_slice())));
    Ok(())
}

/// The introduction (lesson 0).
pub fn introduction() -> &'static Entry {
    &index()[0]
}

/// Every lesson after the introduction, in order: the factors' lessons and any others.
pub fn lessons() -> &'static [Entry] {
    &index()[1..]
}

/// The lesson (after the introduction) with this slug.
pub fn entry(slug: &str) -> Option<&'static Entry> {
    lessons().iter().find(|l| l.meta.slug == slug)
}

/// A lesson's slug as the app keeps it, if there is such a lesson (to check a slug from an
/// address or a message).
pub fn slug(slug: &str) -> Option<&'static str> {
    entry(slug).map(|e| e.meta.slug.as_ref())
}

/// A lesson's own estimate of its minutes (front matter `minutes`); 10 for a slug no
/// lesson has. The session builder, the speaker view and the handout plan with it.
pub fn minutes(slug: &str) -> u16 {
    entry(slug).map_or(10, |e| u16::from(e.meta.minutes))
}

/// The lessons before and after the one numbered `number` (1 to the last).
pub fn neighbours(number: u8) -> (Option<&'static Entry>, Option<&'static Entry>) {
    let i = usize::from(number);
    let before = if i > 1 { index().get(i - 1) } else { None };
    (before, index().get(i + 1))
}

thread_local! {
    /// Lessons loaded so far. Each is loaded once per page life and lives as long as the page.
    static LOADED: RefCell<Vec<(&'static str, &'static Lesson)>> = const { RefCell::new(Vec::new()) };
}

/// The lesson, if it has been loaded already.
pub fn loaded(entry: &'static Entry) -> Option<&'static Lesson> {
    LOADED.with(|l| l.borrow().iter().find(|(f, _)| *f == entry.file).map(|(_, lesson)| *lesson))
}

/// Decode a lesson's data file and keep it for the life of the page.
pub fn install(entry: &'static Entry, data: &str) -> Result<&'static Lesson, String> {
    let blocks = lessons::wire::decode(data).map_err(|e| i18n::t!(LoadDamaged, why = &e.to_string()))?;
    let lesson: &'static Lesson = Box::leak(Box::new(Lesson { meta: entry.meta.clone(), blocks }));
    LOADED.with(|l| l.borrow_mut().push((entry.file, lesson)));
    Ok(lesson)
}

/// Fetch a lesson's body (or return it if already loaded).
pub async fn load(entry: &'static Entry) -> Result<&'static Lesson, String> {
    if let Some(lesson) = loaded(entry) {
        return Ok(lesson);
    }
    let data = fetch_text(&crate::asset(&format!("/lessons/{}", entry.file))).await?;
    install(entry, &data)
}

/// A text file from the site: a lesson's data.
async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let offline = i18n::t!(LoadOffline);
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| offline.to_string())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| offline.to_string())?;
    if !response.ok() {
        return Err(i18n::t!(LoadStatus, status = response.status(), url = url));
    }
    let text = JsFuture::from(response.text().map_err(|_| offline.to_string())?).await.map_err(|_| offline.to_string())?;
    text.as_string().ok_or_else(|| offline.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::Factor;

    // These read whatever lessons `content/` has, so they hold for a new lesson too.
    #[test]
    fn every_lesson_is_found_by_its_slug_and_every_factor_has_one() {
        for (i, l) in lessons().iter().enumerate() {
            assert_eq!(usize::from(l.meta.number), i + 1);
            assert_eq!(entry(&l.meta.slug).map(|e| e.meta.number), Some(l.meta.number));
            assert!(l.file.starts_with(l.meta.slug.as_ref()) && l.file.ends_with(".txt"));
        }
        for f in Factor::ALL {
            assert_eq!(entry(f.slug()).and_then(|e| e.meta.factor()), Some(f));
        }
        assert!(entry("introduction").is_none(), "the introduction is the home page, not a lesson route");
        assert!(entry("nope").is_none());
    }

    /// `scripts/test.sh` runs the app's tests once more against a content folder with two
    /// lessons added that are not factors' (see `crates/lessons/tests/add_a_lesson.rs`).
    #[test]
    fn the_rehearsal_really_has_the_added_lessons() {
        let others: Vec<&str> = lessons().iter().filter(|e| e.meta.factor().is_none()).map(|e| e.meta.slug.as_ref()).collect();
        match option_env!("TFP_CONTENT_DIR") {
            Some(dir) if !dir.is_empty() => assert_eq!(others, ["beyond-the-twelve", "config-in-ci"], "built from {dir}"),
            _ => assert_eq!(lessons().len() - others.len(), Factor::COUNT),
        }
    }

    #[test]
    fn neighbours_stop_at_the_ends() {
        let last = lessons().last().unwrap().meta.number;
        assert_eq!(neighbours(1).0.map(|l| l.meta.number), None);
        assert_eq!(neighbours(1).1.map(|l| l.meta.number), Some(2));
        assert_eq!(neighbours(last).1.map(|l| l.meta.number), None);
        assert_eq!(neighbours(last).0.map(|l| l.meta.number), Some(last - 1));
    }

    #[test]
    fn damaged_data_is_an_error_not_a_panic() {
        assert!(install(entry("config").unwrap(), "<html>404</html>").is_err());
        assert!(loaded(entry("config").unwrap()).is_none());
    }
}

#[cfg(test)]
mod translate_tests {
    use super::*;

    #[test]
    fn a_translated_index_replaces_the_words_and_files_and_falls_back_per_lesson() {
        let mut lines: Vec<String> = INDEX.iter().map(|_| String::new()).collect();
        lines[3] = "config-abc.txt\tConfiguración\tTodo lo que cambia\thttps://12factor.net/es/config".into();
        let text = lines.join("\n") + "\n";
        assert!(translate("x\ty\n").is_err(), "a short index is refused");
        assert_eq!(entry("config").map(|e| e.meta.title.as_ref()), Some("Config"), "and changes nothing");
        translate(&text).unwrap();
        let config = entry("config").unwrap();
        assert_eq!((config.meta.title.as_ref(), config.file, config.fallback), ("Configuración", "config-abc.txt", false));
        assert_eq!(config.meta.scenario.as_deref(), Some("config"), "what is not words stays");
        assert!(entry("logs").unwrap().fallback && entry("logs").unwrap().meta.title == "Logs");
        lines[3] = "only-a-file".into();
        assert!(translate(&(lines.join("\n") + "\n")).unwrap_err().contains("config"));
        ACTIVE.with(|a| a.set(INDEX));
    }
}
