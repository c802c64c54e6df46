//! Adding a lesson is one content file: this test adds two (a reading lesson and one that
//! reuses a factor's scenario) to the real `content/` and checks that everything the build
//! makes from the lessons takes them in without another file changing: the lesson index
//! compiled into the app, each lesson's static page and data, the home page's cards and
//! progress, the neighbours' links, the sitemap and the catalogue the scripts and tests read.
//! `CONTRIBUTING.md` lists the steps; the app's own tests read the same index
//! (`scripts/test.sh` runs them once more with these lessons added, through `TFP_CONTENT_DIR`).

use tfp_lessons::codegen::{data_file, generate_index};
use tfp_lessons::parse::{lesson_files, parse_all};
use tfp_lessons::site::{self, Site};
use tfp_lessons::verify::verify_challenge;
use tfp_lessons::{wire, Lesson};

const SITE: Site = Site { base: "/", url: "https://example.org/", lang: i18n::Lang::En };
const TEMPLATE: &str = "<!doctype html>\n<html lang=\"en\">\n<head>\n<title>Twelve-Factor Playground</title>\n<meta name=\"description\" content=\"placeholder\">\n<base href=\"/\">\n<script type=\"module\">\nimport init, * as bindings from '/app-1.js';\nconst wasm = await init({ module_or_path: '/app-1_bg.wasm' });\nwindow.wasmBindings = bindings;\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {detail: {wasm}}));\n</script>\n</head>\n<body>\n<main id=\"main\"><p class=\"loading\">Loading…</p></main>\n</body>\n</html>\n";

/// The two new lessons' files, as a contributor would write them after the last lesson.
pub fn new_lessons(files: &[(String, String)]) -> Vec<(String, String)> {
    let next = files.len();
    let reading = format!(
        "---\ntitle: Beyond the twelve\nnumber: {next}\nslug: beyond-the-twelve\nsummary: What the twelve factors leave out, and where to read on.\nscenario: none\nminutes: 5\ncanonical: https://12factor.net/\n---\n\n## Where to go next\n\nThe twelve factors are a start, not the whole story.\n"
    );
    let (_, config) = files.iter().find(|(p, _)| p.ends_with("-config.md")).expect("the config lesson");
    let again = config.replacen("title: Config", "title: Config in CI", 1).replacen("number: 3\n", &format!("number: {}\n", next + 1), 1).replacen(
        "slug: config",
        "slug: config-in-ci",
        1,
    );
    vec![(format!("content/{next:02}-beyond-the-twelve.md"), reading), (format!("content/{:02}-config-in-ci.md", next + 1), again)]
}

fn with_new_lessons() -> (Vec<Lesson>, usize) {
    let mut files = lesson_files(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content")).unwrap();
    let before = files.len();
    files.extend(new_lessons(&files));
    (parse_all(&files).unwrap_or_else(|e| panic!("{e}")), before)
}

#[test]
fn two_new_lesson_files_reach_every_output_of_the_build() {
    let (all, before) = with_new_lessons();
    assert_eq!(all.len(), before + 2);
    let (reading, again) = (&all[before], &all[before + 1]);
    assert_eq!((reading.meta.slug.as_ref(), reading.meta.factor()), ("beyond-the-twelve", None));
    assert_eq!((again.meta.slug.as_ref(), again.meta.scenario.as_deref()), ("config-in-ci", Some("config")));
    // Its challenge is verified against the engine like any other.
    verify_challenge(again).unwrap_or_else(|e| panic!("{e}"));

    // The index compiled into the app lists both, with their data files.
    let index = generate_index(&all);
    for l in [reading, again] {
        let (name, data) = data_file(l);
        assert!(
            index.contains(&format!("slug: ::std::borrow::Cow::Borrowed({:?})", l.meta.slug.as_ref())) && index.contains(&format!("file: {name:?}")),
            "{}",
            l.meta.slug
        );
        assert_eq!(wire::decode(&data).unwrap().as_ref(), l.blocks.as_ref());
    }

    // Each has a complete static page that counts the lessons; a reading lesson has no islands
    // but the learner's own (notices, complete).
    let lessons = all.len() - 1;
    for l in [reading, again] {
        let (_, data) = data_file(l);
        let page = site::lesson_page(TEMPLATE, SITE, l, &all, &data, false).unwrap();
        assert!(page.contains(&format!("<h1>{}. {}</h1>", l.meta.number, l.meta.title)), "{}", l.meta.slug);
        assert!(page.contains(&format!("Lesson {} of {lessons}", l.meta.number)), "{}: its kicker counts the lessons", l.meta.slug);
        assert!(page.contains(r#"<link rel="canonical" href="https://example.org/factors/"#));
        assert!(page.contains("Read the original text</a>") && !page.contains("original factor text"));
    }
    let page = |l: &Lesson| site::lesson_page(TEMPLATE, SITE, l, &all, &data_file(l).1, false).unwrap();
    assert_eq!(page(reading).matches(r#"data-island="block""#).count(), 0, "a reading lesson has no interactive blocks");
    // The last factor now leads on to the first new lesson, which leads on to the second, which ends the course.
    assert!(page(&all[before - 1]).contains(r#"<a href="/factors/beyond-the-twelve" rel="next""#));
    assert!(page(reading).contains(r#"<a href="/factors/config-in-ci" rel="next""#));
    assert!(!page(again).contains(r#"rel="next""#));
    // A factor's lesson still says which factor it is.
    assert!(page(&all[3]).contains("Factor 3 of 12 · about"));

    // The home page has a card for each and counts them in the learner's progress.
    let home = site::home_page(TEMPLATE, SITE, &all).unwrap();
    for l in [reading, again] {
        assert!(home.contains(&format!(r#"<li class="card" data-factor="{0}"><a href="/factors/{0}">"#, l.meta.slug)), "{}", l.meta.slug);
    }
    assert!(home.contains(&format!("0 of {lessons} lessons complete")));

    // The sitemap and the catalogue list them, so the scripts and the browser tests visit them.
    let sitemap = site::sitemap(SITE, &all);
    let catalogue: serde_json::Value = serde_json::from_str(&tfp_lessons::catalogue::catalogue_json(SITE, &all)).unwrap();
    let listed: Vec<&str> = catalogue["lessons"].as_array().unwrap().iter().map(|l| l["slug"].as_str().unwrap()).collect();
    for l in [reading, again] {
        assert!(sitemap.contains(&format!("<loc>https://example.org/factors/{}</loc>", l.meta.slug)), "{}", l.meta.slug);
        assert!(listed.contains(&l.meta.slug.as_ref()), "{}", l.meta.slug);
    }
    assert_eq!(listed.len(), lessons);
    assert_eq!(catalogue["lessons"][before - 1]["factor"], serde_json::Value::Null, "{}", catalogue["lessons"][before - 1]);
    assert_eq!(catalogue["lessons"][2]["factor"], "config");
}

/// Writes the two lessons beside a copy of `content/` for the app's rehearsal in
/// `scripts/test.sh`: `TFP_ADD_LESSON_DIR=<dir> cargo test -p tfp-lessons --test add_a_lesson`.
#[test]
fn writes_the_content_folder_for_the_app_rehearsal() {
    let Ok(dir) = std::env::var("TFP_ADD_LESSON_DIR") else { return };
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content");
    std::fs::create_dir_all(&dir).unwrap();
    let files = lesson_files(root).unwrap();
    for (path, src) in files.iter().cloned().chain(new_lessons(&files)) {
        let name = path.rsplit('/').next().unwrap();
        std::fs::write(format!("{dir}/{name}"), src).unwrap();
    }
    std::fs::copy(format!("{root}/embed-heights.json"), format!("{dir}/embed-heights.json")).unwrap();
}
