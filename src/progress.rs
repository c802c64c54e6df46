//! Learner progress: which lessons are complete and which challenges are met.
//!
//! The model and its text format are pure (tested natively); [`ProgressStore`] is the edge
//! that keeps it in `localStorage`. Saved data is versioned; anything unreadable is kept
//! aside under another key, never silently thrown away.

/// A small set of lesson slugs, kept sorted (a `Vec` costs far less wasm than a `BTreeSet`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Slugs(Vec<String>);

impl Slugs {
    /// Whether `slug` is in the set.
    pub fn contains(&self, slug: &str) -> bool {
        self.0.iter().any(|s| s == slug)
    }

    /// Add `slug`; false if it was there already.
    pub fn insert(&mut self, slug: String) -> bool {
        match self.0.iter().position(|s| *s >= slug) {
            Some(i) if self.0[i] == slug => false,
            Some(i) => {
                self.0.insert(i, slug);
                true
            }
            None => {
                self.0.push(slug);
                true
            }
        }
    }

    /// Remove `slug`; false if it was not there.
    pub fn remove(&mut self, slug: &str) -> bool {
        let before = self.0.len();
        self.0.retain(|s| s != slug);
        self.0.len() != before
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The slugs, in order.
    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.0.iter()
    }
}

impl Extend<String> for Slugs {
    fn extend<I: IntoIterator<Item = String>>(&mut self, items: I) {
        for s in items {
            self.insert(s);
        }
    }
}

impl IntoIterator for Slugs {
    type Item = String;
    type IntoIter = std::vec::IntoIter<String>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// The current saved-data version.
pub const VERSION: u32 = 1;
/// The `localStorage` key.
pub const KEY: &str = "twelve-factor-playground.progress";
/// Where unreadable saved data is kept, so nothing is lost.
pub const CORRUPT_KEY: &str = "twelve-factor-playground.progress.unreadable";
/// Saved data larger than this is not even parsed.
pub const MAX_BYTES: usize = 16 * 1024;

/// What the learner has done.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Lessons marked complete, by slug.
    pub completed: Slugs,
    /// Lessons whose challenge was met, by slug.
    pub challenges: Slugs,
    /// Incident drills answered.
    pub drills: DrillRecord,
    /// Best stars per mission won: (mission id, 1–3).
    pub missions: Vec<(String, u8)>,
}

impl Progress {
    /// The best stars won in a mission (0 if not won).
    pub fn mission_stars(&self, id: &str) -> u8 {
        self.missions.iter().find(|(m, _)| m == id).map_or(0, |(_, s)| *s)
    }

    /// Keep `stars` for a mission if they beat the best so far.
    pub fn record_mission(&mut self, id: &str, stars: u8) {
        match self.missions.iter_mut().find(|(m, _)| m == id) {
            Some((_, best)) => *best = (*best).max(stars),
            None if stars > 0 => self.missions.push((id.to_string(), stars.min(3))),
            None => {}
        }
    }
}

/// How the learner has done at incident drills.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DrillRecord {
    /// Drills answered.
    pub answered: u32,
    /// Of those, answered right.
    pub right: u32,
    /// Right answers in a row, up to the latest.
    pub streak: u32,
    /// The longest streak.
    pub best_streak: u32,
}

impl DrillRecord {
    /// Count one answer.
    pub fn record(&mut self, right: bool) {
        self.answered = self.answered.saturating_add(1);
        if right {
            self.right = self.right.saturating_add(1);
            self.streak = self.streak.saturating_add(1);
            self.best_streak = self.best_streak.max(self.streak);
        } else {
            self.streak = 0;
        }
    }
}

/// Why saved progress could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Larger than [`MAX_BYTES`].
    TooLarge,
    /// Not the format we write.
    Malformed,
    /// Written by a different version of the app.
    WrongVersion(u32),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::TooLarge => f.write_str(&i18n::t!(ProgressDecodeTooLarge)),
            DecodeError::Malformed => f.write_str(&i18n::t!(ProgressDecodeMalformed)),
            DecodeError::WrongVersion(v) => f.write_str(&i18n::t!(ProgressDecodeVersion, found = *v, reads = VERSION)),
        }
    }
}

impl Progress {
    /// How many of the twelve lessons are complete.
    pub fn completed_count(&self) -> usize {
        self.completed.iter().filter(|s| crate::content::entry(s).is_some()).count()
    }

    /// The saved text form, also the code people copy to move progress to another device:
    /// `tfp1;completed=config,logs;challenges=logs`. Slugs never contain `;`, `=` or `,`.
    pub fn encode(&self) -> String {
        let join = |set: &Slugs| set.iter().map(String::as_str).collect::<Vec<_>>().join(",");
        let mut out = format!("tfp{VERSION};completed={};challenges={}", join(&self.completed), join(&self.challenges));
        let d = self.drills;
        if d.answered > 0 {
            out.push_str(&format!(";drills={}/{}/{}/{}", d.answered, d.right, d.streak, d.best_streak));
        }
        if !self.missions.is_empty() {
            let m: Vec<String> = self.missions.iter().map(|(id, s)| format!("{id}:{s}")).collect();
            out.push_str(&format!(";missions={}", m.join(",")));
        }
        out
    }

    /// Read the saved text form. Unknown slugs are dropped (a lesson may have been renamed).
    pub fn decode(raw: &str) -> Result<Progress, DecodeError> {
        if raw.len() > MAX_BYTES {
            return Err(DecodeError::TooLarge);
        }
        let mut parts = raw.trim().split(';');
        let version = parts.next().and_then(|v| v.strip_prefix("tfp")).ok_or(DecodeError::Malformed)?;
        let version: u32 = version.parse().map_err(|_| DecodeError::Malformed)?;
        if version != VERSION {
            return Err(DecodeError::WrongVersion(version));
        }
        let mut progress = Progress::default();
        for part in parts {
            let (key, list) = part.split_once('=').ok_or(DecodeError::Malformed)?;
            if key == "missions" {
                for item in list.split(',').filter(|i| !i.is_empty()) {
                    let (id, stars) = item.split_once(':').ok_or(DecodeError::Malformed)?;
                    let stars: u8 = stars.parse().ok().filter(|s| (1..=3).contains(s)).ok_or(DecodeError::Malformed)?;
                    // A mission that no longer exists is dropped, as unknown lessons are.
                    if engine::mission::Mission::by_id(id).is_some() {
                        progress.record_mission(id, stars);
                    }
                }
                continue;
            }
            if key == "drills" {
                let n: Vec<u32> = list.split('/').map(|n| n.parse().map_err(|_| DecodeError::Malformed)).collect::<Result<_, _>>()?;
                let [answered, right, streak, best_streak] = n[..] else { return Err(DecodeError::Malformed) };
                if right > answered || streak > right || best_streak < streak || best_streak > right {
                    return Err(DecodeError::Malformed);
                }
                progress.drills = DrillRecord { answered, right, streak, best_streak };
                continue;
            }
            let set = match key {
                "completed" => &mut progress.completed,
                "challenges" => &mut progress.challenges,
                _ => return Err(DecodeError::Malformed),
            };
            set.extend(list.split(',').filter(|s| crate::content::entry(s).is_some()).map(str::to_string));
        }
        Ok(progress)
    }
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
                        notice = Some(i18n::t!(ProgressUnreadable, why = &e.to_string(), key = CORRUPT_KEY));
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
                    self.notice.set(Some(i18n::t!(ProgressUnsaved)));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mission_stars_keep_the_best_and_round_trip() {
        let mut p = Progress::default();
        p.record_mission("friday-deploy", 2);
        p.record_mission("friday-deploy", 1);
        p.record_mission("failover", 3);
        assert_eq!(p.mission_stars("friday-deploy"), 2);
        assert!(p.encode().ends_with(";missions=friday-deploy:2,failover:3"), "{}", p.encode());
        assert_eq!(Progress::decode(&p.encode()), Ok(p));
        assert_eq!(Progress::decode("tfp1;missions=gone-mission:3").unwrap().missions, vec![]);
        for bad in ["tfp1;missions=failover:4", "tfp1;missions=failover", "tfp1;missions=failover:x"] {
            assert_eq!(Progress::decode(bad), Err(DecodeError::Malformed), "{bad}");
        }
    }

    #[test]
    fn drill_records_round_trip_and_bad_ones_are_refused() {
        let mut p = Progress::default();
        for right in [true, true, false, true] {
            p.drills.record(right);
        }
        assert_eq!(p.drills, DrillRecord { answered: 4, right: 3, streak: 1, best_streak: 2 });
        assert!(p.encode().ends_with(";drills=4/3/1/2"), "{}", p.encode());
        assert_eq!(Progress::decode(&p.encode()), Ok(p));
        for bad in ["tfp1;drills=4/5/1/2", "tfp1;drills=1/1", "tfp1;drills=a/b/c/d", "tfp1;drills=4/3/3/2"] {
            assert_eq!(Progress::decode(bad), Err(DecodeError::Malformed), "{bad}");
        }
    }

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
        assert_eq!(Progress::decode("tfp1;completed"), Err(DecodeError::Malformed));
        assert_eq!(Progress::decode("tfp1;secret=x"), Err(DecodeError::Malformed));
        assert_eq!(Progress::decode("tfpx;completed=config"), Err(DecodeError::Malformed));
        assert_eq!(Progress::decode("tfp2;completed=config"), Err(DecodeError::WrongVersion(2)));
        assert_eq!(Progress::decode(&"x".repeat(MAX_BYTES + 1)), Err(DecodeError::TooLarge));
    }

    #[test]
    fn slugs_stay_sorted_and_unique() {
        let mut s = Slugs::default();
        assert!(s.insert("logs".into()) && s.insert("config".into()) && !s.insert("logs".into()));
        assert_eq!(s.iter().cloned().collect::<Vec<_>>(), vec!["config".to_string(), "logs".to_string()]);
        assert!(s.remove("logs") && !s.remove("logs") && s.contains("config"));
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn decoding_anything_never_panics(raw in ".{0,300}") {
            if let Ok(p) = Progress::decode(&raw) {
                proptest::prop_assert!(p.completed.iter().all(|s| crate::content::entry(s).is_some()));
                proptest::prop_assert_eq!(Progress::decode(&p.encode()), Ok(p));
            }
        }

        #[test]
        fn mangled_codes_never_panic(cut in 0usize..60, junk in "[;=,a-z0-9{}\\[\\]\"]{0,20}") {
            let mut p = Progress::default();
            p.completed.insert("config".into());
            p.challenges.insert("logs".into());
            let code = p.encode();
            let mangled = format!("{}{junk}", &code[..cut.min(code.len())]);
            let _ = Progress::decode(&mangled);
        }
    }

    #[test]
    fn every_lesson_is_kept_and_counted() {
        let mut p = Progress::default();
        p.completed.extend(crate::content::lessons().iter().map(|e| e.meta.slug.to_string()));
        let back = Progress::decode(&p.encode()).unwrap();
        assert_eq!(back.completed_count(), crate::content::lessons().len());
    }

    #[test]
    fn drops_unknown_slugs() {
        let p = Progress::decode("tfp1;completed=config,<script>,nope;challenges=").unwrap();
        assert_eq!(p.completed.into_iter().collect::<Vec<_>>(), vec!["config".to_string()]);
    }
}
