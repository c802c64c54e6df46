//! The real lessons in `content/`: the introduction and a lesson for every factor, each with
//! everything a lesson needs, every challenge is fair against the engine, and the rendered blocks match their
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
fn every_factor_has_its_lesson_with_what_a_lesson_needs() {
    let lessons = lessons();
    assert_eq!(lessons[0].meta.slug, "introduction");
    for f in Factor::ALL {
        let l = lessons.iter().find(|l| l.meta.factor() == Some(f)).expect("a lesson for every factor");
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
            Block::Gist { html } => ("gist", html.to_string()),
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
const BODY: &str = "\n```predict\nquestion: q?\n- [x] a\n- b\nexplain: e\n```\n\n```sim\n```\n\n```challenge\ngoal: g\ncheck: compliant = 1, deploys >= 1\nsolve: staging\n```\n\n```hint\nh1\n```\n\n```hint\nh2\n```\n\n```solution\ns\n```\n\n```facilitator\nf\n```\n\n```gist\ng\n```\n";

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
        (with_body(&|b| b.replace("```gist\ng\n```\n", "")), "a `gist` (found none)"),
        (with_body(&|b| format!("{b}\n```gist\nagain\n```\n")), "at most one `gist`"),
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
    assert!(e.message.contains("the same number or slug as") && e.message.contains("03-config.md"), "{e}");
    let mut files = self::files();
    files.remove(5);
    let e = parse_all(&files).unwrap_err();
    assert!(e.message.contains("lesson 5 is missing"), "{e}");
}

/// The `n`-th real lesson with its front matter rewritten by `edit` and its file renamed to match.
fn rewritten(n: usize, edit: impl Fn(&str) -> String) -> (String, String) {
    let (path, src) = files()[n].clone();
    let (front, body) = src[4..].split_once("\n---\n").unwrap();
    let front = edit(front);
    let get = |k: &str| front.lines().find_map(|l| l.strip_prefix(&format!("{k}: "))).unwrap().to_string();
    let dir = path.rsplit_once('/').unwrap().0;
    (format!("{dir}/{:0>2}-{}.md", get("number"), get("slug")), format!("---\n{front}\n---\n{body}"))
}

#[test]
fn a_lesson_need_not_be_a_factor_but_every_factor_needs_its_lesson() {
    // A reading lesson after the twelve: no scenario, no interactive blocks.
    let reading = "---\ntitle: Beyond the twelve\nnumber: 13\nslug: beyond-the-twelve\nsummary: s\nscenario: none\nminutes: 5\ncanonical: https://12factor.net/\n---\n\nText.\n";
    let mut files = files();
    files.push(("content/13-beyond-the-twelve.md".into(), reading.into()));
    let all = parse_all(&files).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(all.len(), 14);
    assert_eq!(all[13].meta.factor(), None);
    // A lesson that reuses a factor's scenario under its own slug, with everything a lesson needs.
    files.push(rewritten(3, |f| f.replace("number: 3", "number: 14").replace("slug: config", "slug: config-in-ci")));
    let all = parse_all(&files).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((all[14].meta.slug.as_ref(), all[14].meta.scenario.as_deref(), all[14].meta.factor()), ("config-in-ci", Some("config"), None));
    // With a scenario, a lesson needs its blocks; without one it may not have them.
    let no_sim = files[14].1.replace("scenario: config", "scenario: none");
    let e = parse_lesson(&files[14].0, &no_sim).unwrap_err();
    assert!(e.message.contains("no interactive blocks"), "{e}");
    let e = parse_lesson("content/13-beyond-the-twelve.md", &reading.replace("scenario: none", "scenario: config")).unwrap_err();
    assert!(e.message.contains("exactly one `predict`"), "{e}");
    // A factor's lesson runs its own scenario; the introduction is lesson 0 and only it.
    let (path, src) = rewritten(3, |f| f.replace("scenario: config", "scenario: logs"));
    assert!(parse_lesson(&path, &src).unwrap_err().message.contains("its own factor's scenario"));
    let (path, src) = rewritten(3, |f| f.replace("number: 3", "number: 0"));
    assert!(parse_lesson(&path, &src).unwrap_err().message.contains("lesson 0 is the introduction"));
    for bad in ["Config", "con fig", "-config", "con--fig", "конфиг"] {
        let (path, src) = rewritten(3, |f| f.replace("slug: config", &format!("slug: {bad}")).replace("scenario: config", "scenario: logs"));
        assert!(parse_lesson(&path, &src).unwrap_err().message.contains("`slug` must be"), "{bad}");
    }
    // Without the config lesson, the set is incomplete however the rest is numbered.
    let mut files = self::files();
    files.remove(3);
    let files: Vec<_> = files
        .into_iter()
        .enumerate()
        .map(|(i, (p, s))| if i < 3 { (p, s) } else { (p, s.replacen(&format!("number: {}", i + 1), &format!("number: {i}"), 1)) })
        .map(|(p, s)| {
            let n: u8 = s.lines().find_map(|l| l.strip_prefix("number: ")).unwrap().parse().unwrap();
            let slug = s.lines().find_map(|l| l.strip_prefix("slug: ")).unwrap().to_string();
            (format!("{}/{n:02}-{slug}.md", p.rsplit_once('/').unwrap().0), s)
        })
        .collect();
    let e = parse_all(&files).unwrap_err();
    assert!(e.message.contains("every factor needs its lesson; missing: config"), "{e}");
}

/// Each language's sections, as its lessons' headings give their ids, and words that mark
/// unfinished text in it ("todo" is a Spanish word).
fn sections_and_placeholders(lang: i18n::Lang) -> ([&'static str; 4], &'static [&'static str]) {
    match lang {
        i18n::Lang::Es => (["la-idea", "cómo-sale-mal", "cómo-arreglarlo", "en-el-mundo-real"], &["tbd", "lorem", "fixme", "xxx", "pendiente de traducir"]),
        _ => (["the-idea", "how-it-goes-wrong", "how-to-fix-it", "in-the-real-world"], &["todo", "tbd", "lorem", "placeholder", "fixme"]),
    }
}

#[test]
fn every_translated_lesson_is_its_english_lesson_in_other_words() {
    let content = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content");
    let english = lessons();
    for lang in i18n::Lang::OFFERED.into_iter().filter(|l| *l != i18n::Lang::En) {
        let t = tfp_lessons::translation::read(content, lang, &english).unwrap_or_else(|e| panic!("{e}"));
        assert!(t.lessons.iter().all(Option::is_some), "{}: every lesson is translated", lang.code());
        let (sections, placeholders) = sections_and_placeholders(lang);
        for l in t.lessons.iter().flatten() {
            let count = |pred: fn(&Block) -> bool| l.blocks.iter().filter(|b| pred(b)).count();
            if l.meta.factor().is_some() {
                assert_eq!(count(|b| matches!(b, Block::Outcome { .. })), 1, "{} {}: its outcome heading is recognised", lang.code(), l.meta.slug);
                let prose: String = l.blocks.iter().filter_map(|b| if let Block::Prose { html } = b { Some(html.as_ref()) } else { None }).collect();
                for section in sections {
                    assert!(prose.contains(&format!("id=\"{section}\"")), "{} {}: missing section {section}", lang.code(), l.meta.slug);
                }
                for p in placeholders {
                    assert!(!prose.to_lowercase().contains(p), "{} {}: contains {p}", lang.code(), l.meta.slug);
                }
            }
            verify_challenge(l).unwrap_or_else(|e| panic!("{} {}: {e}", lang.code(), l.meta.slug));
        }
        let report = tfp_lessons::translation::report(&english, std::slice::from_ref(&t));
        assert!(report.starts_with(&format!("{} lessons: {} of {} translated", lang.code(), english.len(), english.len())), "{report}");
    }
}

#[test]
fn a_translation_that_is_not_the_same_lesson_is_refused_and_a_stale_one_reported() {
    let dir = std::env::temp_dir().join(format!("tfp-translation-{}", std::process::id()));
    let es = dir.join("es");
    std::fs::create_dir_all(&es).unwrap();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content");
    for (path, source) in files() {
        std::fs::write(dir.join(path.rsplit('/').next().unwrap()), source).unwrap();
    }
    let english = lessons();
    let spanish = std::fs::read_to_string(format!("{root}/es/03-config.md")).unwrap();
    let read = || tfp_lessons::translation::read(dir.to_str().unwrap(), i18n::Lang::Es, &english);
    // Only one lesson: the others fall back to English.
    std::fs::write(es.join("03-config.md"), &spanish).unwrap();
    let t = read().unwrap();
    assert_eq!(t.lessons.iter().flatten().count(), 1);
    assert!(t.stale.is_empty());
    assert!(tfp_lessons::translation::report(&english, &[t]).contains("in English: introduction, codebase, dependencies, backing-services"));
    // The English lesson changes: the translation is reported stale, with the fingerprint to record.
    let english_path = dir.join("03-config.md");
    std::fs::write(&english_path, std::fs::read_to_string(&english_path).unwrap() + "\nOne more line.\n").unwrap();
    let t = read().unwrap();
    assert_eq!(t.stale.len(), 1, "{:?}", t.stale);
    assert!(t.stale[0].contains("translated-from: "));
    // A changed challenge, a missing fingerprint, or a lesson English does not have is refused.
    for (from, to, says) in [
        ("check: ", "check: restarts >= 1\ncheck: ", "check:"),
        ("translated-from: ", "x-translated-from: ", "unknown front-matter key"),
        ("slug: config", "slug: nope", "should be named `03-nope.md`"),
        ("minutes: 20", "minutes: 25", "minutes must be the English"),
    ] {
        std::fs::write(es.join("03-config.md"), spanish.replacen(from, to, 1)).unwrap();
        let e = read().err().unwrap_or_default();
        assert!(e.contains(says), "{from}: {e}");
    }
    std::fs::remove_dir_all(&dir).ok();
}
