//! The route table: every page of the site, its path, the file a static host serves it from,
//! and the bundle that renders it. The app parses and prints addresses with it, the build
//! writes its pages by it, and `dist/catalogue.json` carries it to the scripts (which copy a
//! bundle's page to each of its addresses and precache them by it).

/// A page of the site. `'a` is the lifetime of a lesson's slug or a mission's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route<'a> {
    /// `/`: the lessons, and the introduction.
    Home,
    /// `/factors/<slug>`: a lesson (the path predates lessons that are not factors').
    Lesson(&'a str),
    /// `/sandbox/`: all twelve factors at once.
    Sandbox,
    /// `/missions/`.
    Missions,
    /// `/missions/<id>/`.
    Mission(&'a str),
    /// `/drills/`.
    Drills,
    /// `/embed/<slug>/`: one lesson's simulation, for other sites.
    Embed(&'a str),
    /// `/present/<slug>/`: presenter mode.
    Present(&'a str),
    /// `/speaker/<slug>/`: the speaker view, kept in step with presenter mode.
    Speaker(&'a str),
    /// `/workshop/`: the session builder (pick lessons, their order and a time budget).
    Workshop,
    /// `/handout/`: the printable handout.
    Handout,
    /// `/progress/`: export, import and reset.
    Progress,
    /// Anything else.
    NotFound,
}

/// The separately built parts of the site (see `scripts/build.sh`), each with its own first load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// The home page, the lessons and the not-found page.
    Main,
    Sandbox,
    /// Missions and drills.
    Practice,
    Embed,
    Presenter,
    /// The instructor's tools (the session builder, the speaker view, the handout) and the
    /// progress tools.
    Tools,
}

impl Bundle {
    /// Every bundle.
    pub const ALL: [Bundle; 6] = [Bundle::Main, Bundle::Sandbox, Bundle::Practice, Bundle::Embed, Bundle::Presenter, Bundle::Tools];

    /// Its name, as the catalogue writes it.
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Main => "main",
            Bundle::Sandbox => "sandbox",
            Bundle::Practice => "practice",
            Bundle::Embed => "embed",
            Bundle::Presenter => "presenter",
            Bundle::Tools => "tools",
        }
    }

    /// The page Trunk builds for it, under the build folder: the template of its pages.
    pub fn page(self) -> &'static str {
        match self {
            Bundle::Main => "index.html",
            Bundle::Sandbox => "sandbox/index.html",
            Bundle::Practice => "practice/index.html",
            Bundle::Embed => "embed/index.html",
            Bundle::Presenter => "presenter/index.html",
            Bundle::Tools => "tools/index.html",
        }
    }
}

/// Which page a path (under the base, without the query) shows. `lesson` and `mission` say
/// whether a slug or an id exists, and give it back with the lifetime the caller needs.
pub fn parse<'a>(path: &str, lesson: impl Fn(&str) -> Option<&'a str>, mission: impl Fn(&str) -> Option<&'a str>) -> Route<'a> {
    // A folder page by its file, a lesson by its file (as a static host may show them).
    let path = path.strip_suffix("index.html").or_else(|| path.strip_suffix(".html")).unwrap_or(path);
    let path = path.strip_suffix('/').filter(|p| !p.is_empty()).unwrap_or(path);
    match path {
        "" | "/" => Route::Home,
        "/sandbox" => Route::Sandbox,
        "/missions" => Route::Missions,
        "/drills" => Route::Drills,
        "/handout" => Route::Handout,
        "/workshop" => Route::Workshop,
        "/progress" => Route::Progress,
        _ => {
            let (section, rest) = path.trim_start_matches('/').split_once('/').unwrap_or((path, ""));
            // One path segment after the section.
            let one = Some(rest).filter(|r| !r.is_empty() && !r.contains('/'));
            let found = match section {
                "factors" => one.and_then(lesson).map(Route::Lesson),
                "embed" => one.and_then(lesson).map(Route::Embed),
                "present" => one.and_then(lesson).map(Route::Present),
                "speaker" => one.and_then(lesson).map(Route::Speaker),
                "missions" => one.and_then(mission).map(Route::Mission),
                _ => None,
            };
            found.unwrap_or(Route::NotFound)
        }
    }
}

impl Route<'_> {
    /// The page's path under the base, as links write it (`/factors/config`, `/sandbox/`).
    pub fn path(self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Lesson(slug) => format!("/factors/{slug}"),
            Route::Sandbox => "/sandbox/".into(),
            Route::Missions => "/missions/".into(),
            Route::Mission(id) => format!("/missions/{id}/"),
            Route::Drills => "/drills/".into(),
            Route::Embed(slug) => format!("/embed/{slug}/"),
            Route::Present(slug) => format!("/present/{slug}/"),
            Route::Speaker(slug) => format!("/speaker/{slug}/"),
            Route::Workshop => "/workshop/".into(),
            Route::Handout => "/handout/".into(),
            Route::Progress => "/progress/".into(),
            Route::NotFound => "/404.html".into(),
        }
    }

    /// The page's path under the build folder, without the leading slash (`factors/config`,
    /// `sandbox/`, `` for the home page), as the build, the sitemap and the catalogue write it.
    pub fn rel(self) -> String {
        self.path()[1..].to_string()
    }

    /// The file under the build folder a static host serves it from (a lesson is
    /// `factors/<slug>.html`, as GitHub Pages serves `/factors/<slug>`; a folder page is its
    /// `index.html`).
    pub fn file(self) -> String {
        let path = self.path();
        match self {
            Route::Lesson(_) => format!("{}.html", &path[1..]),
            Route::NotFound => path[1..].to_string(),
            _ => format!("{}index.html", &path[1..]),
        }
    }

    /// The bundle that renders it.
    pub fn bundle(self) -> Bundle {
        match self {
            Route::Home | Route::Lesson(_) | Route::NotFound => Bundle::Main,
            Route::Sandbox => Bundle::Sandbox,
            Route::Missions | Route::Mission(_) | Route::Drills => Bundle::Practice,
            Route::Embed(_) => Bundle::Embed,
            Route::Present(_) => Bundle::Presenter,
            Route::Speaker(_) | Route::Workshop | Route::Handout | Route::Progress => Bundle::Tools,
        }
    }

    /// Whether the build writes the page itself (a static page with the content in it);
    /// otherwise the page is a copy of its bundle's page, and the app draws it.
    pub fn prerendered(self) -> bool {
        matches!(self, Route::Home | Route::Lesson(_) | Route::NotFound | Route::Sandbox | Route::Missions | Route::Mission(_) | Route::Drills)
    }

    /// The site navigation's item this page belongs to, if any.
    pub fn nav(self) -> Option<Route<'static>> {
        match self {
            Route::Home | Route::Lesson(_) => Some(Route::Home),
            Route::Sandbox => Some(Route::Sandbox),
            Route::Missions | Route::Mission(_) => Some(Route::Missions),
            Route::Drills => Some(Route::Drills),
            _ => None,
        }
    }
}

/// Every page of a site with these lessons (slugs, in order) and missions (ids), the
/// not-found page last.
pub fn all<'a>(lessons: &[&'a str], missions: &[&'a str]) -> Vec<Route<'a>> {
    let mut out = vec![Route::Home];
    out.extend(lessons.iter().map(|s| Route::Lesson(s)));
    out.extend([Route::Sandbox, Route::Missions]);
    out.extend(missions.iter().map(|m| Route::Mission(m)));
    out.push(Route::Drills);
    out.extend(lessons.iter().map(|s| Route::Embed(s)));
    out.extend(lessons.iter().map(|s| Route::Present(s)));
    out.extend(lessons.iter().map(|s| Route::Speaker(s)));
    out.extend([Route::Workshop, Route::Handout, Route::Progress, Route::NotFound]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const LESSONS: [&str; 2] = ["config", "beyond-the-twelve"];
    fn lesson(s: &str) -> Option<&'static str> {
        LESSONS.into_iter().find(|l| *l == s)
    }
    fn mission(s: &str) -> Option<&'static str> {
        ["friday-deploy"].into_iter().find(|m| *m == s)
    }
    fn route(path: &str) -> Route<'static> {
        parse(path, lesson, mission)
    }

    #[test]
    fn every_page_prints_a_path_that_parses_back_to_it_and_has_a_file() {
        let all = all(&LESSONS, &["friday-deploy"]);
        assert_eq!(all.len(), 1 + 2 + 2 + 1 + 1 + 2 + 2 + 2 + 4);
        let mut files: Vec<String> = all.iter().map(|r| r.file()).collect();
        files.sort();
        files.dedup();
        assert_eq!(files.len(), all.len(), "one file per page");
        for r in all.into_iter().filter(|r| *r != Route::NotFound) {
            assert_eq!(route(&r.path()), r, "{}", r.path());
            assert_eq!(route(&format!("/{}", r.file())), r, "{}", r.file());
        }
        assert_eq!(route("/404.html"), Route::NotFound);
        assert_eq!(Route::Lesson("config").file(), "factors/config.html");
        assert_eq!(Route::Home.file(), "index.html");
        assert_eq!(Route::Embed("config").file(), "embed/config/index.html");
    }

    #[test]
    fn unknown_and_malformed_paths_are_not_found() {
        for p in [
            "/factors/nope",
            "/factors/",
            "/factors/config/x",
            "/present/config/x/",
            "/missions/nope/",
            "/embed/",
            "/x",
            "/factors/introduction",
            "/speaker/",
            "/speaker/nope/",
            "/workshop/x",
        ] {
            assert_eq!(route(p), Route::NotFound, "{p}");
        }
        assert_eq!(route("/factors/config/"), Route::Lesson("config"));
        assert_eq!(route("/progress/index.html"), Route::Progress);
        assert_eq!(route("/speaker/config"), Route::Speaker("config"));
    }

    #[test]
    fn bundles_and_templates_are_one_each() {
        let pages: Vec<&str> = Bundle::ALL.iter().map(|b| b.page()).collect();
        assert_eq!(pages.len(), 6);
        assert_eq!(Route::Mission("friday-deploy").bundle().name(), "practice");
        assert_eq!(Route::Mission("friday-deploy").nav(), Some(Route::Missions));
        assert!(Route::Lesson("config").prerendered() && !Route::Embed("config").prerendered());
    }
}
