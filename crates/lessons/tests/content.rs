//! The real lessons in `content/`: all thirteen exist in order with everything a lesson
//! needs, every challenge is fair against the engine, and the rendered blocks match their
//! reviewed snapshots (`cargo insta review` after an intended change).

use tfp_engine::{Factor, Scenario};
use tfp_lessons::parse::{parse_all, parse_lesson};
use tfp_lessons::verify::verify_challenge;
use tfp_lessons::{Block, Lesson};

fn files() -> Vec<(String, String)> {
    tfp_lessons::parse::lesson_files(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content")).unwrap()
}

fn lessons() -> Vec<Lesson> {
    parse_all(&files()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn all_twelve_lessons_exist_in_order_with_what_a_lesson_needs() {
    let lessons = lessons();
    assert_eq!(lessons.len(), 13);
    assert_eq!(lessons[0].meta.slug, "introduction");
    for (l, f) in lessons[1..].iter().zip(Factor::ALL) {
        assert_eq!((l.meta.number, l.meta.slug.as_ref()), (f.number(), f.slug()));
        let scenario = l.meta.scenario.as_deref().and_then(Scenario::by_id).expect("an existing scenario");
        assert_eq!(scenario.factor, f);
        let count = |pred: fn(&Block) -> bool| l.blocks.iter().filter(|b| pred(b)).count();
        assert_eq!(count(|b| matches!(b, Block::Predict { .. })), 1, "{}", f.slug());
        assert_eq!(count(|b| matches!(b, Block::Sim { .. })), 1, "{}", f.slug());
        assert_eq!(count(|b| matches!(b, Block::Challenge { .. })), 1, "{}", f.slug());
        assert!(count(|b| matches!(b, Block::Hint { .. })) >= 2, "{}", f.slug());
        assert_eq!(count(|b| matches!(b, Block::Solution { .. })), 1, "{}", f.slug());
        assert!(count(|b| matches!(b, Block::Facilitator { .. })) >= 1, "{}", f.slug());
        assert_eq!(count(|b| matches!(b, Block::Hint { .. })), 3, "{}: hints go question, concept, nudge", f.slug());
        assert_eq!(count(|b| matches!(b, Block::Outcome { .. })), 1, "{}: one `What just broke` section", f.slug());
        // The question comes before the run, and what broke comes after it.
        let at = |pred: fn(&Block) -> bool| l.blocks.iter().position(pred).unwrap();
        let (predict, sim, outcome) =
            (at(|b| matches!(b, Block::Predict { .. })), at(|b| matches!(b, Block::Sim { .. })), at(|b| matches!(b, Block::Outcome { .. })));
        assert!(predict < sim && sim < outcome, "{}: predict, then sim, then what broke", f.slug());
        let prose: String = l.blocks.iter().filter_map(|b| if let Block::Prose { html } = b { Some(html.as_ref()) } else { None }).collect();
        for section in ["the-idea", "how-it-goes-wrong", "how-to-fix-it", "in-the-real-world"] {
            assert!(prose.contains(&format!("id=\"{section}\"")), "{}: missing section {section}", f.slug());
        }
        for placeholder in ["todo", "tbd", "lorem", "placeholder", "fixme"] {
            assert!(!prose.to_lowercase().contains(placeholder), "{}: contains {placeholder}", f.slug());
        }
    }
    let mut slugs: Vec<_> = lessons.iter().map(|l| l.meta.slug.clone()).collect();
    slugs.sort();
    slugs.dedup();
    assert_eq!(slugs.len(), 13, "slugs are unique");
}

#[test]
fn sidebars_cover_where_the_revision_differs() {
    let lessons = lessons();
    for slug in ["config", "logs", "admin-processes"] {
        let l = lessons.iter().find(|l| l.meta.slug == slug).unwrap();
        assert!(l.blocks.iter().any(|b| matches!(b, Block::Sidebar { .. })), "{slug} needs a sidebar");
    }
}

#[test]
fn every_challenge_is_fair_against_the_engine() {
    for l in lessons() {
        verify_challenge(&l).unwrap_or_else(|e| panic!("{}: {e}", l.meta.slug));
    }
}

/// A readable rendering of a lesson's blocks, for snapshots.
fn render(l: &Lesson) -> String {
    let mut out = format!("# {}. {} ({} min, scenario {:?})\n{}\n", l.meta.number, l.meta.title, l.meta.minutes, l.meta.scenario.as_deref(), l.meta.summary);
    for b in l.blocks.iter() {
        let (kind, body) = match b {
            Block::Prose { html } => ("prose", html.to_string()),
            Block::Outcome { title, html } => ("outcome", format!("{title}\n{html}")),
            Block::Predict { question, options, correct, explain } => (
                "predict",
                format!("{question}\n{}\nanswer: {correct}\nexplain: {explain}\n", options.iter().map(|o| format!("- {o}")).collect::<Vec<_>>().join("\n")),
            ),
            Block::Sim { caption } => ("sim", format!("{}\n", caption.as_deref().unwrap_or(""))),
            Block::Challenge { goal, checks, solve } => (
                "challenge",
                format!(
                    "{goal}\ncheck: {}\nsolve: {}\n",
                    checks.iter().map(|c| format!("{} {} {}", c.metric, c.cmp.symbol(), c.value)).collect::<Vec<_>>().join(", "),
                    solve.join(", ")
                ),
            ),
            Block::Hint { html } => ("hint", html.to_string()),
            Block::Solution { html } => ("solution", html.to_string()),
            Block::Facilitator { html } => ("facilitator", html.to_string()),
            Block::Sidebar { title, html } => ("sidebar", format!("{title}\n{html}")),
        };
        out.push_str(&format!("\n=== {kind}\n{body}"));
    }
    out
}

#[test]
fn rendered_blocks_match_their_snapshots() {
    for l in lessons() {
        insta::assert_snapshot!(format!("{:02}-{}", l.meta.number, l.meta.slug), render(&l));
    }
}

const GOOD: &str = "---\ntitle: Config\nnumber: 3\nslug: config\nsummary: s\nscenario: config\nminutes: 5\ncanonical: https://12factor.net/config\n---\n";
const BODY: &str = "\n```predict\nquestion: q?\n- [x] a\n- b\nexplain: e\n```\n\n```sim\n```\n\n```challenge\ngoal: g\ncheck: compliant = 1, deploys >= 1\nsolve: staging\n```\n\n```hint\nh1\n```\n\n```hint\nh2\n```\n\n```solution\ns\n```\n\n```facilitator\nf\n```\n";

#[test]
fn raw_html_in_content_comes_out_escaped() {
    let src = format!("{GOOD}\nHello <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<div>block</div>\n{BODY}");
    let l = parse_lesson("content/03-config.md", &src).unwrap();
    let Block::Prose { html } = &l.blocks[0] else { panic!("prose first") };
    assert!(!html.contains("<script") && !html.contains("<img") && !html.contains("<div"), "{html}");
    assert!(html.contains("&lt;script&gt;") && html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{html}");
}

#[test]
fn content_mistakes_fail_with_file_and_line() {
    let with_body = |f: &dyn Fn(&str) -> String| format!("{GOOD}{}", f(BODY));
    let cases: Vec<(String, &str)> = vec![
        (GOOD.replace("summary: s\n", "") + BODY, "front matter is missing `summary`"),
        (GOOD.replace("scenario: config", "scenario: nope") + BODY, "unknown scenario id `nope`"),
        (GOOD.replace("title: Config", "title: Config\ncolour: red") + BODY, "unknown front-matter key `colour`"),
        (with_body(&|b| b.replace("```hint\nh1", "```hnit\nh1")), "unknown directive `hnit`"),
        (with_body(&|b| b.replace("deploys >= 1", "deploy >= 1")), "unknown metric `deploy`"),
        (with_body(&|b| b.replace("solve: staging", "solve: launch")), "unknown event `launch`"),
        (with_body(&|b| b.replace("- [x] a", "- a")), "marks no option as correct"),
        (with_body(&|b| b.replace("```solution\ns\n```\n", "")), "exactly one `solution`"),
    ];
    for (src, message) in cases {
        let e = parse_lesson("content/03-config.md", &src).expect_err(message);
        assert!(e.message.contains(message), "{message}: {e}");
        assert!(e.to_string().starts_with(&format!("content/03-config.md:{}: ", e.line)), "{e}");
        // The line points at the mistake itself where there is one.
        let needle = match message {
            m if m.contains("hnit") => Some("```hnit"),
            m if m.contains("`deploy`") => Some("check:"),
            m if m.contains("`launch`") => Some("solve:"),
            m if m.contains("`colour`") => Some("colour:"),
            m if m.contains("`nope`") => Some("scenario:"),
            _ => None,
        };
        if let Some(needle) = needle {
            let expected = src.lines().position(|l| l.starts_with(needle)).unwrap() + 1;
            assert_eq!(e.line, expected, "{e}");
        }
    }
}

#[test]
fn duplicate_or_missing_lessons_fail_the_set() {
    let mut files = files();
    let dup = files[3].clone();
    files.insert(4, (dup.0.clone(), dup.1));
    let e = parse_all(&files).unwrap_err();
    assert!(e.message.contains("duplicate slug `config`"), "{e}");
    let mut files = self::files();
    files.remove(5);
    let e = parse_all(&files).unwrap_err();
    assert!(e.message.contains("lesson 5 is missing"), "{e}");
}
