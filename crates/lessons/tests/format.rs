//! `content/FORMAT.md` stays true: its example lesson parses into every kind of block and its
//! challenge passes the same verification as the real lessons', and the event codes it lists
//! are the engine's.

use tfp_lessons::parse::parse_lesson;
use tfp_lessons::verify::verify_challenge;
use tfp_lessons::Block;

fn format_md() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content/FORMAT.md")).unwrap()
}

#[test]
fn the_example_lesson_parses_into_every_kind_of_block_and_its_challenge_is_fair() {
    let doc = format_md();
    let start = doc.find("````markdown\n").expect("FORMAT.md has an example lesson") + "````markdown\n".len();
    let end = doc[start..].find("\n````").expect("the example is closed") + start;
    let lesson = parse_lesson("content/03-config.md", &doc[start..=end]).unwrap_or_else(|e| panic!("the example in FORMAT.md: {e}"));
    assert_eq!((lesson.meta.number, lesson.meta.slug.as_ref()), (3, "config"));
    let kinds: Vec<&str> = lesson
        .blocks
        .iter()
        .map(|b| match b {
            Block::Prose { .. } => "prose",
            Block::Predict { .. } => "predict",
            Block::Sim { .. } => "sim",
            Block::Outcome { .. } => "outcome",
            Block::Challenge { .. } => "challenge",
            Block::Hint { .. } => "hint",
            Block::Solution { .. } => "solution",
            Block::Facilitator { .. } => "facilitator",
            Block::Sidebar { .. } => "sidebar",
            Block::Gist { .. } => "gist",
        })
        .collect();
    assert_eq!(kinds, ["gist", "prose", "predict", "sim", "outcome", "challenge", "hint", "hint", "solution", "facilitator", "sidebar"]);
    match &lesson.blocks[2] {
        Block::Predict { options, correct, .. } => assert_eq!((options.len(), *correct), (3, 1)),
        other => panic!("{other:?}"),
    }
    verify_challenge(&lesson).unwrap_or_else(|e| panic!("the example's challenge: {e}"));
}

#[test]
fn the_event_codes_listed_are_the_engines() {
    let doc = format_md();
    let start = doc.find("(`Input::code` in the engine:").expect("FORMAT.md lists the event codes");
    let end = doc[start..].find("), optionally").unwrap() + start;
    let listed: Vec<&str> = doc[start..end].split('`').skip(3).step_by(2).collect();
    let engine: Vec<&str> = tfp_engine::Input::ALL_EVENTS.iter().map(|i| i.code()).collect();
    assert_eq!(listed, engine);
}

#[test]
fn the_comparison_symbols_listed_are_the_parsers() {
    let doc = format_md();
    let start = doc.find("(ops `").expect("FORMAT.md lists the comparison symbols") + "(ops `".len();
    let listed: Vec<&str> = doc[start..start + doc[start..].find("`)").unwrap()].split_whitespace().collect();
    let mut parsed: Vec<&str> = tfp_lessons::Cmp::ALL.iter().map(|c| c.symbol()).collect();
    let mut sorted = listed.clone();
    sorted.sort_unstable();
    parsed.sort_unstable();
    assert_eq!(sorted, parsed, "FORMAT.md lists {listed:?}");
}
