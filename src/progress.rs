//! Learner progress: which lessons are complete and which challenges are met.
//!
//! The model and its text format are pure (tested natively); [`ProgressStore`] is the edge
//! that keeps it in `localStorage`. Saved data is versioned; anything unreadable is kept
//! aside under another key, never silently thrown away.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The current saved-data version.
pub const VERSION: u32 = 1;
/// The `localStorage` key.
pub const KEY: &str = "twelve-factor-playground.progress";
/// Where unreadable saved data is kept, so nothing is lost.
pub const CORRUPT_KEY: &str = "twelve-factor-playground.progress.unreadable";
/// Saved data larger than this is not even parsed.
pub const MAX_BYTES: usize = 16 * 1024;

/// What the learner has done.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Lessons marked complete, by slug.
    pub completed: BTreeSet<String>,
    /// Lessons whose challenge was met, by slug.
    pub challenges: BTreeSet<String>,
}

#[derive(Serialize, Deserialize)]
struct Saved {
    v: u32,
    #[serde(default)]
    completed: Vec<String>,
    #[serde(default)]
    challenges: Vec<String>,
}

/// Why saved progress could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Larger than [`MAX_BYTES`].
    TooLarge,
    /// Not the JSON shape we write.
    Malformed,
    /// Written by a different version of the app.
    WrongVersion(u32),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::TooLarge => f.write_str("it is too large to be ours"),
            DecodeError::Malformed => f.write_str("it is not in a format this app writes"),
            DecodeError::WrongVersion(v) => write!(f, "it was written in format version {v}, and this app reads version {VERSION}"),
        }
    }
}

impl Progress {
    /// How many of the twelve lessons are complete.
    pub fn completed_count(&self) -> usize {
        self.completed.iter().filter(|s| is_factor_slug(s)).count()
    }

    /// The saved text form.
    pub fn encode(&self) -> String {
        let saved = Saved { v: VERSION, completed: self.completed.iter().cloned().collect(), challenges: self.challenges.iter().cloned().collect() };
        serde_json::to_string(&saved).expect("plain strings serialise")
    }

    /// Read the saved text form. Unknown slugs are dropped (a lesson may have been renamed).
    pub fn decode(raw: &str) -> Result<Progress, DecodeError> {
        if raw.len() > MAX_BYTES {
            return Err(DecodeError::TooLarge);
        }
        let saved: Saved = serde_json::from_str(raw).map_err(|_| DecodeError::Malformed)?;
        if saved.v != VERSION {
            return Err(DecodeError::WrongVersion(saved.v));
        }
        let keep = |v: Vec<String>| v.into_iter().filter(|s| is_factor_slug(s)).collect();
        Ok(Progress { completed: keep(saved.completed), challenges: keep(saved.challenges) })
    }
}

fn is_factor_slug(s: &str) -> bool {
    engine::Factor::from_slug(s).is_some()
}

pub use store::ProgressStore;

mod store {
    use super::*;
    use leptos::prelude::*;

    /// Progress as a signal, loaded from and saved to `localStorage`, shared through context.
    #[derive(Clone, Copy)]
    pub struct ProgressStore {
        /// The progress itself.
        pub progress: RwSignal<Progress>,
        /// A message for the learner about their saved data (e.g. it was unreadable).
        pub notice: RwSignal<Option<String>>,
    }

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    impl ProgressStore {
        /// Load saved progress; unreadable data is set aside and the learner told so.
        pub fn load() -> Self {
            let mut notice = None;
            let progress = match storage().and_then(|s| s.get_item(KEY).ok().flatten()) {
                None => Progress::default(),
                Some(raw) => match Progress::decode(&raw) {
                    Ok(p) => p,
                    Err(e) => {
                        if let Some(s) = storage() {
                            let _ = s.set_item(CORRUPT_KEY, &raw);
                            let _ = s.remove_item(KEY);
                        }
                        notice = Some(format!("Your saved progress could not be read ({e}), so the playground started fresh. The old data is kept in this browser's storage under \u{201c}{CORRUPT_KEY}\u{201d}."));
                        Progress::default()
                    }
                },
            };
            ProgressStore { progress: RwSignal::new(progress), notice: RwSignal::new(notice) }
        }

        /// Change progress and save it.
        pub fn update(&self, f: impl FnOnce(&mut Progress)) {
            self.progress.update(f);
            let text = self.progress.with_untracked(Progress::encode);
            if let Some(s) = storage() {
                if s.set_item(KEY, &text).is_err() {
                    self.notice.set(Some("Your progress could not be saved: this browser's storage is full or disabled.".into()));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let mut p = Progress::default();
        p.completed.insert("config".into());
        p.challenges.insert("logs".into());
        assert_eq!(Progress::decode(&p.encode()), Ok(p.clone()));
        assert_eq!(p.completed_count(), 1);
    }

    #[test]
    fn rejects_what_it_did_not_write() {
        assert_eq!(Progress::decode(""), Err(DecodeError::Malformed));
        assert_eq!(Progress::decode("{\"v\":1,\"completed\":"), Err(DecodeError::Malformed));
        assert_eq!(Progress::decode("[1,2]"), Err(DecodeError::Malformed));
        assert_eq!(Progress::decode("{\"v\":2}"), Err(DecodeError::WrongVersion(2)));
        assert_eq!(Progress::decode(&"x".repeat(MAX_BYTES + 1)), Err(DecodeError::TooLarge));
    }

    #[test]
    fn drops_unknown_slugs() {
        let p = Progress::decode("{\"v\":1,\"completed\":[\"config\",\"<script>\",\"nope\"]}").unwrap();
        assert_eq!(p.completed.into_iter().collect::<Vec<_>>(), vec!["config".to_string()]);
    }
}
