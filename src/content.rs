//! The lessons, parsed from `content/` at build time (see `build.rs`) into static data.

use lessons::{Block, Check, Cmp, Lesson, Meta};

include!(concat!(env!("OUT_DIR"), "/lessons.rs"));

/// The introduction (lesson 0).
pub fn introduction() -> &'static Lesson {
    &LESSONS[0]
}

/// The twelve factor lessons, in order.
pub fn factor_lessons() -> &'static [Lesson] {
    &LESSONS[1..]
}

/// The factor lesson with this slug.
pub fn lesson(slug: &str) -> Option<&'static Lesson> {
    factor_lessons().iter().find(|l| l.meta.slug == slug)
}

/// The lessons before and after the one numbered `number` (1–12).
pub fn neighbours(number: u8) -> (Option<&'static Lesson>, Option<&'static Lesson>) {
    let i = usize::from(number);
    let before = if i > 1 { LESSONS.get(i - 1) } else { None };
    (before, LESSONS.get(i + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::Factor;

    #[test]
    fn twelve_lessons_match_the_factors() {
        assert_eq!(factor_lessons().len(), 12);
        for (l, f) in factor_lessons().iter().zip(Factor::ALL) {
            assert_eq!(l.meta.slug, f.slug());
            assert_eq!(lesson(f.slug()).map(|l| l.meta.number), Some(f.number()));
        }
        assert!(lesson("introduction").is_none(), "the introduction is not a factor route");
        assert!(lesson("nope").is_none());
    }

    #[test]
    fn neighbours_stop_at_the_ends() {
        assert_eq!(neighbours(1).0.map(|l| l.meta.number), None);
        assert_eq!(neighbours(1).1.map(|l| l.meta.number), Some(2));
        assert_eq!(neighbours(12).1.map(|l| l.meta.number), None);
        assert_eq!(neighbours(12).0.map(|l| l.meta.number), Some(11));
    }
}
