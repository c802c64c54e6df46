//! Write the static pages into a release build: the home page, every lesson, the not-found
//! page, `sitemap.xml` and `robots.txt` (see `tfp_lessons::site`). Run after Trunk has
//! built `index.html`, which is the template:
//! `cargo run -p tfp-lessons --example prerender -- dist / http://127.0.0.1:8080/`.

use tfp_lessons::{codegen::data_file, parse::parse_all, site};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dist, base, url] = args.as_slice() else {
        eprintln!("usage: prerender <dist> <public-url> <site-url>");
        std::process::exit(2)
    };
    if let Err(e) = run(dist, base, url) {
        eprintln!("prerender: {e}");
        std::process::exit(1)
    }
}

fn run(dist: &str, base: &str, url: &str) -> Result<(), String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let content = std::env::var("TFP_CONTENT_DIR").unwrap_or_else(|_| format!("{root}/content"));
    let mut files: Vec<(String, String)> = std::fs::read_dir(&content)
        .map_err(|e| format!("{content}: {e}"))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".md") && n.as_bytes()[0].is_ascii_digit())
        .map(|n| {
            let path = format!("{content}/{n}");
            std::fs::read_to_string(&path).map(|s| (path.clone(), s)).map_err(|e| format!("{path}: {e}"))
        })
        .collect::<Result<_, _>>()?;
    files.sort();
    let lessons = parse_all(&files).map_err(|e| format!("content error: {e}"))?;
    let template = std::fs::read_to_string(format!("{dist}/index.html")).map_err(|e| format!("{dist}/index.html: {e}"))?;
    if template.contains(r#"rel="canonical""#) {
        return Err(format!("{dist}/index.html is already a generated page; build it with Trunk first"));
    }
    let base = format!("/{}/", base.trim_matches('/')).replace("//", "/");
    let url = format!("{}/", url.trim_end_matches('/'));
    let site = site::Site { base: &base, url: &url };
    let write = |path: String, text: String| std::fs::write(&path, text).map_err(|e| format!("{path}: {e}"));
    std::fs::create_dir_all(format!("{dist}/factors")).map_err(|e| e.to_string())?;
    for lesson in lessons.iter().filter(|l| l.meta.number > 0) {
        let (_, data) = data_file(lesson);
        write(format!("{dist}/{}.html", site::lesson_path(lesson)), site::lesson_page(&template, site, lesson, &lessons, &data)?)?;
    }
    write(format!("{dist}/404.html"), site::not_found_page(&template, site)?)?;
    write(format!("{dist}/index.html"), site::home_page(&template, site, &lessons)?)?;
    write(format!("{dist}/sitemap.xml"), site::sitemap(site, &lessons, &["sandbox/", "missions/", "drills/"]))?;
    write(format!("{dist}/robots.txt"), site::robots(site))?;
    println!("prerender: home, {} lessons, 404, sitemap.xml and robots.txt written to {dist} for {url}", lessons.len() - 1);
    Ok(())
}
