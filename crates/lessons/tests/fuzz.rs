//! Property tests in the place of a fuzzer: the directive parser and the wire decoder take
//! arbitrary and mangled input without panicking, and errors point inside the file.

use proptest::prelude::*;
use tfp_lessons::parse::{parse_checks, parse_lesson, parse_solve};
use tfp_lessons::wire;

const REAL: &str = include_str!("../../../content/06-processes.md");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_parser_takes_anything(src in ".{0,600}") {
        if let Err(e) = parse_lesson("x.md", &src) {
            prop_assert!(e.line >= 1 && e.line <= src.lines().count().max(1) + 1, "{e}");
        }
    }

    #[test]
    fn the_parser_takes_mangled_lessons(at in 0usize..REAL.len(), len in 0usize..200, insert in "(```|\n|---|: |- \\[x\\] |<script>|hint|check: |solve: |[a-z =<>!,0-9]){0,8}") {
        let at = (0..=at).rev().find(|i| REAL.is_char_boundary(*i)).unwrap_or(0);
        let end = (at + len).min(REAL.len());
        let end = (end..=REAL.len()).find(|i| REAL.is_char_boundary(*i)).unwrap_or(REAL.len());
        let src = format!("{}{insert}{}", &REAL[..at], &REAL[end..]);
        match parse_lesson("content/06-processes.md", &src) {
            Ok(l) => {
                // Whatever parses also survives the trip to the browser.
                let back = wire::decode(&wire::encode(&l.blocks)).unwrap();
                prop_assert_eq!(back.len(), l.blocks.len());
            }
            Err(e) => prop_assert!(e.line >= 1 && e.line <= src.lines().count() + 1, "{e}"),
        }
    }

    #[test]
    fn conditions_and_solutions_take_anything(text in ".{0,120}") {
        let _ = parse_checks(&text);
        let _ = parse_solve(&text);
    }

    #[test]
    fn the_wire_decoder_takes_anything(data in "(tfp-lesson/2)?[\u{1d}\u{1e}\u{1f}a-z <>0-9=!]{0,300}") {
        let _ = wire::decode(&data);
    }
}
