//! A workshop session: the lessons an instructor picked, in their order, and a time budget.
//! It travels in the query of every link the session builder makes
//! (`?session=config,logs&minutes=90`), so presenter mode, the speaker view and the handout
//! follow the same plan, and a link shared or reloaded keeps it.

/// The longest time budget accepted, in minutes (two working days).
pub const MAX_MINUTES: u16 = 960;

/// The query keys.
const LESSONS_KEY: &str = "session";
const MINUTES_KEY: &str = "minutes";

/// The lessons of a session (slugs, in order, each once) and its time budget, if it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session<'a> {
    pub lessons: Vec<&'a str>,
    pub minutes: Option<u16>,
}

/// A session read from a query, and what was wrong with the query, in sentences for the
/// instructor (a hand-edited link loses only what it got wrong).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Read<'a> {
    /// `None` when the query names no session (or none of its lessons exist).
    pub session: Option<Session<'a>>,
    pub problems: Vec<String>,
}

impl<'a> Session<'a> {
    /// Read the session in a query string (with or without its `?`). `lesson` says whether a
    /// slug exists, and gives it back with the lifetime the caller needs.
    pub fn read(query: &str, lesson: impl Fn(&str) -> Option<&'a str>) -> Read<'a> {
        let mut problems = Vec::new();
        let (mut named, mut minutes) = (None, None);
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                LESSONS_KEY => named = Some(value),
                MINUTES_KEY => match value.parse::<u16>() {
                    Ok(m) if (1..=MAX_MINUTES).contains(&m) => minutes = Some(m),
                    _ => problems.push(i18n::t!(SessionBadBudget, value = &clip(value), max = MAX_MINUTES)),
                },
                _ => {}
            }
        }
        let Some(named) = named else {
            return Read { session: None, problems: Vec::new() };
        };
        let (mut lessons, mut unknown): (Vec<&'a str>, Vec<String>) = (Vec::new(), Vec::new());
        // Commas, plain or percent-encoded (as some tools rewrite them).
        for slug in named.replace("%2C", ",").replace("%2c", ",").split(',').filter(|s| !s.is_empty()) {
            match lesson(slug) {
                Some(s) if !lessons.contains(&s) => lessons.push(s),
                Some(_) => {}
                None => {
                    let named = format!("“{}”", clip(slug));
                    if !unknown.contains(&named) {
                        unknown.push(named);
                    }
                }
            }
        }
        if !unknown.is_empty() {
            let more = unknown.len().saturating_sub(3);
            unknown.truncate(3);
            problems.push(i18n::t!(SessionUnknown, names = &unknown.join(", "), more = more));
        }
        if lessons.is_empty() {
            problems.push(i18n::t!(SessionNone));
            return Read { session: None, problems };
        }
        Read { session: Some(Session { lessons, minutes }), problems }
    }

    /// The query that carries it, without the `?` (`session=config,logs&minutes=90`).
    pub fn query(&self) -> String {
        let mut q = format!("{LESSONS_KEY}={}", self.lessons.join(","));
        if let Some(m) = self.minutes {
            q.push_str(&format!("&{MINUTES_KEY}={m}"));
        }
        q
    }

    /// Where a lesson is in the session (0-based).
    pub fn position(&self, slug: &str) -> Option<usize> {
        self.lessons.iter().position(|s| *s == slug)
    }

    /// The lesson after this one, if any.
    pub fn next(&self, slug: &str) -> Option<&'a str> {
        self.position(slug).and_then(|i| self.lessons.get(i + 1)).copied()
    }

    /// The lesson before this one, if any.
    pub fn previous(&self, slug: &str) -> Option<&'a str> {
        self.position(slug).and_then(|i| i.checked_sub(1)).and_then(|i| self.lessons.get(i)).copied()
    }

    /// Minutes for each lesson: each lesson's estimate (`estimate` gives it), shared out so
    /// they add up to the budget when there is one (in proportion to the estimates, whole
    /// minutes, largest remainders first; at least one minute each when the budget allows).
    pub fn plan(&self, estimate: impl Fn(&str) -> u16) -> Vec<u16> {
        let estimates: Vec<u32> = self.lessons.iter().map(|s| u32::from(estimate(s).max(1))).collect();
        let Some(budget) = self.minutes.map(u32::from) else {
            return estimates.iter().map(|&e| e as u16).collect();
        };
        let total: u32 = estimates.iter().sum();
        if total == 0 {
            return Vec::new();
        }
        let mut out: Vec<u32> = estimates.iter().map(|e| e * budget / total).collect();
        // The whole minutes rounding left over: first to lessons that got none, then by
        // largest remainder (ties to the earlier lesson). Fewer than one per lesson are left.
        let mut left = budget - out.iter().sum::<u32>();
        for m in out.iter_mut().filter(|m| **m == 0) {
            if left > 0 {
                *m = 1;
                left -= 1;
            }
        }
        let mut order: Vec<usize> = (0..out.len()).collect();
        order.sort_unstable_by_key(|&i| (std::cmp::Reverse(estimates[i] * budget % total), i));
        for &i in order.iter().cycle().take(left as usize) {
            out[i] += 1;
        }
        out.into_iter().map(|m| m as u16).collect()
    }
}

/// A value from a link, shortened for a message.
fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// `m` minutes as the builder and speaker view write them (`45 min`, `1 h 30 min`, `2 h`).
pub fn duration(m: u32) -> String {
    match (m / 60, m % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LESSONS: [&str; 4] = ["config", "logs", "processes", "codebase"];
    fn lesson(s: &str) -> Option<&'static str> {
        LESSONS.into_iter().find(|l| *l == s)
    }

    #[test]
    fn a_session_round_trips_through_its_query() {
        let s = Session { lessons: vec!["logs", "config"], minutes: Some(90) };
        assert_eq!(s.query(), "session=logs,config&minutes=90");
        let read = Session::read(&format!("?seed=3&{}", s.query()), lesson);
        assert_eq!(read, Read { session: Some(s), problems: vec![] });
        let no_budget = Session { lessons: vec!["codebase"], minutes: None };
        assert_eq!(Session::read(&no_budget.query(), lesson).session, Some(no_budget));
    }

    #[test]
    fn no_session_in_the_query_is_no_session_and_no_problem() {
        for q in ["", "?", "?seed=4", "minutes=", "?sessions=config"] {
            let read = Session::read(q, lesson);
            assert_eq!(read.session, None, "{q}");
            assert!(read.problems.is_empty() || q.contains("minutes"), "{q}: {:?}", read.problems);
        }
    }

    #[test]
    fn a_hand_edited_link_loses_only_what_it_got_wrong_and_says_so() {
        let read = Session::read("session=config,,cfg,logs,config%2Cprocesses&minutes=ninety", lesson);
        assert_eq!(read.session, Some(Session { lessons: vec!["config", "logs", "processes"], minutes: None }));
        assert_eq!(read.problems.len(), 2, "{:?}", read.problems);
        assert!(read.problems[0].contains("“ninety”"), "{}", read.problems[0]);
        assert!(read.problems[1].contains("“cfg”") && read.problems[1].contains("left out"));
        for bad in ["0", "-5", "961", "99999999999", "1.5"] {
            let read = Session::read(&format!("session=logs&minutes={bad}"), lesson);
            assert_eq!(read.session.unwrap().minutes, None, "{bad}");
            assert_eq!(read.problems.len(), 1);
        }
        let none = Session::read("session=nope,%3Cscript%3E", lesson);
        assert_eq!(none.session, None);
        assert_eq!(none.problems.len(), 2, "{:?}", none.problems);
        let many: Vec<String> = (0..5000).map(|i| format!("x{i}")).collect();
        let long = Session::read(&format!("session={},x0", many.join(",")), lesson);
        assert_eq!(long.problems.len(), 2);
        assert!(long.problems[0].ends_with("(“x0”, “x1”, “x2” and 4997 more); they were left out."), "{}", long.problems[0]);
        let long = Session::read(&format!("session={}", "x".repeat(5000)), lesson);
        assert!(long.problems[0].chars().count() < 140, "{}", long.problems[0]);
    }

    #[test]
    fn neighbours_follow_the_session_order() {
        let s = Session { lessons: vec!["logs", "config", "processes"], minutes: None };
        assert_eq!((s.previous("logs"), s.next("logs")), (None, Some("config")));
        assert_eq!((s.previous("config"), s.next("config")), (Some("logs"), Some("processes")));
        assert_eq!(s.next("processes"), None);
        assert_eq!((s.position("codebase"), s.next("codebase")), (None, None));
    }

    #[test]
    fn the_plan_shares_the_budget_in_proportion_and_adds_up_to_it() {
        let est = |s: &str| match s {
            "config" => 12,
            "logs" => 8,
            _ => 10,
        };
        let s = |minutes| Session { lessons: vec!["config", "logs", "processes"], minutes };
        assert_eq!(s(None).plan(est), vec![12, 8, 10]);
        assert_eq!(s(Some(60)).plan(est), vec![24, 16, 20]);
        for budget in 1..=200u16 {
            let plan = s(Some(budget)).plan(est);
            assert_eq!(plan.iter().map(|&m| u32::from(m)).sum::<u32>(), u32::from(budget), "{budget}: {plan:?}");
            if budget >= 3 {
                assert!(plan.iter().all(|&m| m >= 1), "{budget}: {plan:?}");
            }
        }
        // Largest remainders: 31 × 12/30 = 12.4, × 8/30 = 8.27, × 10/30 = 10.33.
        assert_eq!(s(Some(31)).plan(est), vec![13, 8, 10]);
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(45), "45 min");
        assert_eq!(duration(60), "1 h");
        assert_eq!(duration(90), "1 h 30 min");
    }
}
