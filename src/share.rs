//! Shared runs in the URL: the switches, the seed, the events and the simulated time, so a
//! link reproduces a broken deployment exactly. Pure functions, tested natively and fuzzed.
//!
//! A lesson link looks like `?way=violating&seed=3&ev=192.staging&at=1600`; a sandbox link
//! uses `v=<three hex digits>` (bit `i` set when factor `i` is violated) instead of `way`.
//! Anything unknown, malformed or out of range is ignored with a notice; nothing from the
//! URL is ever used as markup.

use engine::chaos::MAX_EVENTS;
use engine::{Input, Practices, TICK_HZ};
use i18n::t;
use std::fmt::Write;

/// The longest simulated time a link may ask for (20 minutes), so opening one stays quick.
pub const MAX_AT: u64 = 20 * 60 * TICK_HZ;
/// Longer query strings are ignored as a whole.
pub const MAX_QUERY: usize = 8 * 1024;
/// Parameters that belong to embedding, not to the run; recognised and left alone here.
pub const EMBED_KEYS: [&str; 4] = ["theme", "autoplay", "click", "intro"];

/// A run as a link describes it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SharedRun {
    /// The seed.
    pub seed: Option<u64>,
    /// A lesson's way: `Some(true)` for the violating way.
    pub violating: Option<bool>,
    /// The sandbox's switches.
    pub practices: Option<Practices>,
    /// Events with the tick each was sent at, in order.
    pub events: Vec<(u64, Input)>,
    /// The simulated time (ticks) to run to.
    pub at: u64,
}

impl SharedRun {
    /// Whether the link carries a run at all (otherwise the page starts as usual).
    pub fn is_empty(&self) -> bool {
        *self == SharedRun::default()
    }
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().filter(|c| !c.is_control()).take(24).collect();
    if s.chars().count() > 24 {
        out.push('…');
    }
    out
}

/// Read a query string (with or without its `?`). Returns the run and notices for the
/// learner about anything that was ignored.
pub fn decode(query: &str, lesson: bool) -> (SharedRun, Vec<String>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut run = SharedRun::default();
    let mut notices = Vec::new();
    if query.is_empty() {
        return (run, notices);
    }
    if query.len() > MAX_QUERY {
        notices.push(t!(ShareTooLong));
        return (run, notices);
    }
    // What was ignored (shortened); each message takes what it needs of these values.
    let mut bad = |m: &'static i18n::Text, value: &str| {
        let value = shorten(value);
        let minutes = MAX_AT / (60 * TICK_HZ);
        notices.push(m.with(&[("value", value.as_str().into()), ("minutes", minutes.into()), ("max", MAX_EVENTS.into())]));
    };
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "seed" => match value.parse::<u64>() {
                Ok(s) => run.seed = Some(s),
                Err(_) => bad(i18n::m!(ShareBadSeed), value),
            },
            "way" if lesson => match value {
                "twelve-factor" => run.violating = Some(false),
                "violating" => run.violating = Some(true),
                _ => bad(i18n::m!(ShareBadWay), value),
            },
            "v" if !lesson => match u16::from_str_radix(value, 16) {
                Ok(bits) if value.len() <= 3 && bits < 0x1000 => run.practices = Some(Practices::from_bits(bits)),
                _ => bad(i18n::m!(ShareBadSwitches), value),
            },
            "at" => match value.parse::<u64>() {
                Ok(t) if t <= MAX_AT => run.at = t,
                Ok(_) => bad(i18n::m!(ShareTimeTooLate), value),
                Err(_) => bad(i18n::m!(ShareBadTime), value),
            },
            "ev" => {
                for item in value.split(',').filter(|i| !i.is_empty()) {
                    if run.events.len() >= MAX_EVENTS {
                        bad(i18n::m!(ShareTooManyEvents), item);
                        break;
                    }
                    let parsed = item.split_once('.').and_then(|(t, code)| Some((t.parse::<u64>().ok().filter(|t| *t <= MAX_AT)?, Input::from_code(code)?)));
                    match parsed {
                        Some(e) => run.events.push(e),
                        None => bad(i18n::m!(ShareBadEvent), item),
                    }
                }
            }
            k if EMBED_KEYS.contains(&k) => {}
            _ => bad(i18n::m!(ShareUnknownSetting), key),
        }
    }
    // Stable, so events sent in the same tick keep their order.
    if !run.events.is_sorted_by_key(|(t, _)| *t) {
        run.events.sort_by_key(|(t, _)| *t);
    }
    if let Some(last) = run.events.last() {
        run.at = run.at.max(last.0);
    }
    (run, notices)
}

fn events(out: &mut String, events: &[(u64, Input)]) {
    if !events.is_empty() {
        out.push_str("&ev=");
        for (i, (t, input)) in events.iter().take(MAX_EVENTS).enumerate() {
            if i > 0 {
                out.push(',');
            }
            let _ = write!(out, "{t}.{}", input.code());
        }
    }
}

/// The query string of a lesson run.
pub fn encode_lesson(violating: bool, seed: u64, evs: &[(u64, Input)], at: u64) -> String {
    let mut out = format!("?way={}&seed={seed}", if violating { "violating" } else { "twelve-factor" });
    events(&mut out, evs);
    let _ = write!(out, "&at={}", at.min(MAX_AT));
    out
}

/// The query string of a sandbox run.
pub fn encode_sandbox(practices: Practices, seed: u64, evs: &[(u64, Input)], at: u64) -> String {
    let mut out = format!("?v={:03x}&seed={seed}", practices.to_bits());
    events(&mut out, evs);
    let _ = write!(out, "&at={}", at.min(MAX_AT));
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use engine::{Factor, Practice};
    use proptest::prelude::*;

    #[test]
    fn lesson_links_round_trip() {
        let evs = vec![(192, Input::DeployStaging), (600, Input::RotateCredential)];
        let q = encode_lesson(true, 3, &evs, 1600);
        assert_eq!(q, "?way=violating&seed=3&ev=192.staging,600.rotate&at=1600");
        let (run, notices) = decode(&q, true);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(run, SharedRun { seed: Some(3), violating: Some(true), practices: None, events: evs, at: 1600 });
    }

    #[test]
    fn sandbox_links_round_trip() {
        let mut p = Practices::all_compliant();
        p.set(Factor::Logs, Practice::Violating);
        let q = encode_sandbox(p, 9, &[(64, Input::FillDisk)], 900);
        let (run, notices) = decode(&q, false);
        assert!(notices.is_empty());
        assert_eq!(run.practices, Some(p));
        assert_eq!(run.events, vec![(64, Input::FillDisk)]);
    }

    #[test]
    fn hostile_and_odd_parameters_are_ignored_with_a_notice() {
        let (run, notices) = decode("?seed=<script>alert(1)</script>&way=sideways&at=99999999999&ev=1.deploy,x.y,5.%3Cimg%3E&foo=bar&theme=dark", true);
        assert_eq!(run.seed, None);
        assert_eq!(run.violating, None);
        assert_eq!(run.events, vec![(1, Input::Deploy)]);
        assert_eq!(run.at, 1);
        assert_eq!(notices.len(), 6, "{notices:?}");
        assert!(notices.iter().all(|n| n.chars().count() < 120));
        assert!(notices[0].contains("<script>alert(1)"), "shown as text, shortened: {}", notices[0]);
        let (_, notices) = decode(&format!("?seed={}", "9".repeat(MAX_QUERY)), true);
        assert_eq!(notices.len(), 1);
        let (run, notices) = decode("?v=fff", true);
        assert!(run.practices.is_none() && notices.len() == 1, "a lesson does not take sandbox switches");
    }

    #[test]
    fn events_are_capped_and_sorted() {
        let many: String = (0..300).map(|i| format!("{}.spike", 300 - i)).collect::<Vec<_>>().join(",");
        let (run, notices) = decode(&format!("?ev={many}"), false);
        assert_eq!(run.events.len(), MAX_EVENTS);
        assert!(run.events.windows(2).all(|w| w[0].0 <= w[1].0));
        assert_eq!(notices.len(), 1);
    }

    proptest! {
        #[test]
        fn decoding_anything_never_panics(q in ".{0,400}", lesson in any::<bool>()) {
            let (run, notices) = decode(&q, lesson);
            prop_assert!(run.events.len() <= MAX_EVENTS);
            prop_assert!(run.at <= MAX_AT);
            prop_assert!(notices.len() <= q.len() + 1);
        }

        #[test]
        fn encoded_runs_decode_to_themselves(seed in any::<u64>(), bits in 0u16..4096, ticks in proptest::collection::vec(0u64..MAX_AT, 0..20), at in 0u64..MAX_AT) {
            let mut evs: Vec<(u64, Input)> = ticks.iter().enumerate().map(|(i, t)| (*t, Input::EVENTS[i % Input::EVENTS.len()])).collect();
            evs.sort_by_key(|(t, _)| *t);
            let (run, notices) = decode(&encode_sandbox(Practices::from_bits(bits), seed, &evs, at), false);
            prop_assert!(notices.is_empty());
            prop_assert_eq!(run.seed, Some(seed));
            prop_assert_eq!(run.practices, Some(Practices::from_bits(bits)));
            prop_assert_eq!(run.at, evs.last().map_or(at, |e| e.0.max(at)));
            prop_assert_eq!(run.events.iter().map(|e| e.1).collect::<Vec<_>>(), evs.iter().map(|e| e.1).collect::<Vec<_>>());
        }
    }
}
