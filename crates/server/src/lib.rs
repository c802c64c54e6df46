//! # The workshop server
//!
//! Serves the release build (`dist/`) as a static host would, to one laptop or to a room of
//! learners, and is itself a twelve-factor app (see "This server, factor by factor" in the
//! README): its config comes from the environment (flags may override), it binds its own
//! port, it writes one structured log line per request to stdout, it starts at once, and on
//! SIGTERM or Ctrl-C it stops taking connections and lets the requests in flight finish.
//!
//! The HTTP is axum's and hyper's; the files are served by `tower-http` (precompressed
//! brotli and gzip, `Last-Modified` and `If-Modified-Since`, ranges, `HEAD`). This crate only
//! decides *which* file an address means ([`resolve`]), refuses what is malformed, and sets
//! the cache policy ([`cache_control`]).

pub mod config;
pub mod embedded;
pub mod room;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, Response, StatusCode};
use axum::response::IntoResponse;
use axum::Router;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;
use tower::ServiceExt;
use tower_http::services::ServeFile;

pub use config::Config;

/// The longest path the server reads; longer is answered 414.
pub const MAX_PATH: usize = 2048;
/// The most header bytes a request may carry; more is answered 431. (Browsers send 1–2 KB.)
pub const MAX_HEADER_BYTES: usize = 16 * 1024;

/// What an address means under the site.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// This file, which exists, with this status (200, or 404 for the not-found page).
    File(PathBuf, StatusCode),
    /// Send the browser here (a folder without its slash, a page with a stray one).
    Redirect(String),
    /// Refused, with the reason the learner reads.
    Refused(StatusCode, &'static str),
}

/// Which file `raw_path` (as it came, percent-encoded) means in the site at `dir` served under
/// `base` (`/` or `/sub/`): a file; a folder's `index.html`; a page without its `.html`, as
/// GitHub Pages serves `/factors/config` from `factors/config.html`; else the site's 404 page.
/// Nothing outside `dir` is ever named: a malformed or escaping path is refused.
pub fn resolve(dir: &Path, base: &str, raw_path: &str, query: Option<&str>) -> Target {
    if raw_path.len() > MAX_PATH {
        return Target::Refused(StatusCode::URI_TOO_LONG, "The address is too long.");
    }
    let Some(decoded) = decode(raw_path) else {
        return Target::Refused(StatusCode::BAD_REQUEST, "The address has a malformed percent-encoding or a character that cannot be in a path.");
    };
    let with_query = |p: &str| match query {
        Some(q) => format!("{p}?{q}"),
        None => p.to_string(),
    };
    if decoded.len() + 1 == base.len() && base.starts_with(&decoded) {
        // The base without its slash: `/sub` → `/sub/`.
        return Target::Redirect(with_query(base));
    }
    let Some(rel) = decoded.strip_prefix(base) else { return not_found(dir, "") };
    let segments: Vec<&str> = rel.split('/').collect();
    if segments.iter().any(|s| *s == ".." || *s == "." || s.contains('\\')) {
        return Target::Refused(StatusCode::BAD_REQUEST, "The address tries to leave the site.");
    }
    let path = dir.join(rel);
    if rel.is_empty() || rel.ends_with('/') {
        let index = path.join("index.html");
        if index.is_file() {
            return Target::File(index, StatusCode::OK);
        }
        // A page with a stray slash: `/factors/config/` → `/factors/config`.
        let trimmed = rel.trim_end_matches('/');
        if !trimmed.is_empty() && dir.join(format!("{trimmed}.html")).is_file() {
            return Target::Redirect(with_query(&format!("{base}{trimmed}")));
        }
        return not_found(dir, rel);
    }
    if path.is_file() {
        return Target::File(path, StatusCode::OK);
    }
    if path.join("index.html").is_file() {
        return Target::Redirect(with_query(&format!("{decoded}/")));
    }
    let page = dir.join(format!("{rel}.html"));
    if Path::new(rel).extension().is_none() && page.is_file() {
        return Target::File(page, StatusCode::OK);
    }
    not_found(dir, rel)
}

/// The site's not-found page, or a plain 404 if the build has none. Under a language's
/// folder (`es/…`), that language's not-found page (`es/404.html`) if it has one. `rel` has
/// been checked not to leave the site.
fn not_found(dir: &Path, rel: &str) -> Target {
    let folder = rel.split_once('/').map(|(f, _)| f).filter(|f| !f.is_empty());
    let page = folder.map(|f| dir.join(f).join("404.html")).filter(|p| p.is_file()).unwrap_or_else(|| dir.join("404.html"));
    if page.is_file() {
        Target::File(page, StatusCode::NOT_FOUND)
    } else {
        Target::Refused(StatusCode::NOT_FOUND, "Not found (and this build has no 404 page).")
    }
}

/// The path percent-decoded, if it is well formed: valid escapes, valid UTF-8, no NUL or
/// other control characters.
fn decode(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'%' && !(bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit) && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit)) {
            return None;
        }
    }
    let decoded = percent_encoding::percent_decode_str(raw).decode_utf8().ok()?;
    if decoded.chars().any(char::is_control) || !decoded.starts_with('/') {
        return None;
    }
    Some(decoded.into_owned())
}

/// How long a browser may keep a file: a year for files whose name carries their content's
/// hash (`app-0f3a…_bg.wasm`, `config-1a2b3c4d5e6f.txt`), since a new build names them anew;
/// pages and the service worker are checked every time; anything else for an hour.
pub fn cache_control(path: &Path) -> &'static str {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let hashed = stem.rsplit_once('-').is_some_and(|(_, h)| h.len() >= 12 && h.bytes().all(|b| b.is_ascii_hexdigit()));
    if name.ends_with(".html") || name == "sw.js" {
        "no-cache"
    } else if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=3600"
    }
}

/// The site as an axum app: every request goes through [`answer`].
pub fn app(config: &Config) -> Router {
    let site = Arc::new((config.dir.clone(), config.base.clone()));
    Router::new().fallback(move |req: Request| {
        let site = site.clone();
        async move { answer(&site.0, &site.1, req).await }
    })
}

/// Answer one request.
pub async fn answer(dir: &Path, base: &str, req: Request) -> Response<Body> {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let mut res = text(StatusCode::METHOD_NOT_ALLOWED, "Only GET and HEAD are served here.");
        res.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return res;
    }
    let header_bytes: usize = req.headers().iter().map(|(k, v)| k.as_str().len() + v.len() + 4).sum();
    if header_bytes > MAX_HEADER_BYTES {
        return text(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE, "The request's headers are too large.");
    }
    let target = resolve(dir, base, req.uri().path(), req.uri().query());
    match target {
        Target::Refused(status, why) => text(status, why),
        Target::Redirect(to) => {
            let mut res = StatusCode::MOVED_PERMANENTLY.into_response();
            if let Ok(v) = HeaderValue::from_str(&to) {
                res.headers_mut().insert(header::LOCATION, v);
            }
            res
        }
        // `resolve` found the file; if it has gone since, `ServeFile` answers 404 itself.
        Target::File(path, status) => {
            let cache = cache_control(&path);
            let served = ServeFile::new(&path).precompressed_br().precompressed_gzip().oneshot(req).await;
            let mut res = match served {
                Ok(res) => res.map(Body::new),
                Err(never) => match never {},
            };
            if status != StatusCode::OK && res.status() == StatusCode::OK {
                *res.status_mut() = status;
            }
            res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            // Where the usual guess is not what the site's readers expect.
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if let Some(kind) = match ext {
                "html" => Some("text/html; charset=utf-8"),
                "xml" => Some("application/xml; charset=utf-8"),
                "txt" => Some("text/plain; charset=utf-8"),
                "webmanifest" => Some("application/manifest+json"),
                _ => None,
            } {
                if res.status().is_success() {
                    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
                }
            }
            res
        }
    }
}

fn text(status: StatusCode, body: &'static str) -> Response<Body> {
    let mut res = Response::new(Body::from(format!("{body}\n")));
    *res.status_mut() = status;
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    res
}

/// One structured log line per request, on stdout: when, what was asked, how it was answered
/// and how long it took.
pub async fn log_request(req: Request, next: axum::middleware::Next) -> Response<Body> {
    let start = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let res = next.run(req).await;
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    let bytes = res.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).unwrap_or("-").to_string();
    let encoding = res.headers().get(header::CONTENT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or("identity").to_string();
    let ts = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis());
    println!(
        r#"{{"ts_ms":{ts},"event":"request","method":{},"path":{},"status":{},"bytes":{},"encoding":{},"ms":{ms:.2}}}"#,
        json(method.as_str()),
        json(&path),
        res.status().as_u16(),
        json(&bytes),
        json(&encoding),
    );
    res
}

/// A JSON string literal.
pub fn json(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("tfp-server-unit-{}", std::process::id()));
        for (f, body) in [("index.html", "home"), ("404.html", "missing"), ("factors/config.html", "config"), ("sandbox/index.html", "sandbox")] {
            let p = dir.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, body).unwrap();
        }
        dir
    }

    #[test]
    fn addresses_resolve_as_a_static_host_would() {
        let d = site();
        let file = |f: &str| Target::File(d.join(f), StatusCode::OK);
        assert_eq!(resolve(&d, "/", "/", None), file("index.html"));
        assert_eq!(resolve(&d, "/", "/factors/config", None), file("factors/config.html"));
        assert_eq!(resolve(&d, "/", "/factors/config/", Some("seed=3")), Target::Redirect("/factors/config?seed=3".into()));
        assert_eq!(resolve(&d, "/", "/sandbox", Some("v=1")), Target::Redirect("/sandbox/?v=1".into()));
        assert_eq!(resolve(&d, "/", "/sandbox/", None), file("sandbox/index.html"));
        assert_eq!(resolve(&d, "/", "/nope", None), Target::File(d.join("404.html"), StatusCode::NOT_FOUND));
        // A language's folder answers with its own not-found page.
        std::fs::create_dir_all(d.join("es")).unwrap();
        std::fs::write(d.join("es/404.html"), "falta").unwrap();
        assert_eq!(resolve(&d, "/", "/es/nope", None), Target::File(d.join("es/404.html"), StatusCode::NOT_FOUND));
        assert_eq!(resolve(&d, "/", "/es/factors/nope/", None), Target::File(d.join("es/404.html"), StatusCode::NOT_FOUND));
        assert_eq!(resolve(&d, "/", "/fr/nope", None), Target::File(d.join("404.html"), StatusCode::NOT_FOUND));
        assert_eq!(resolve(&d, "/sub/", "/sub/factors/config", None), file("factors/config.html"));
        assert_eq!(resolve(&d, "/sub/", "/sub", None), Target::Redirect("/sub/".into()));
        assert_eq!(resolve(&d, "/sub/", "/factors/config", None), Target::File(d.join("404.html"), StatusCode::NOT_FOUND));
    }

    #[test]
    fn a_build_without_a_not_found_page_answers_a_plain_404() {
        let d = std::env::temp_dir().join(format!("tfp-server-unit-no404-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("index.html"), "home").unwrap();
        assert!(matches!(resolve(&d, "/", "/nope", None), Target::Refused(StatusCode::NOT_FOUND, _)));
        assert!(matches!(resolve(&d, "/", "/factors/", None), Target::Refused(StatusCode::NOT_FOUND, _)));
    }

    #[test]
    fn malformed_and_escaping_paths_are_refused() {
        let d = site();
        for bad in [
            "/%E0%A4%A",
            "/%",
            "/%zz",
            "/a%00b",
            "/%FF",
            "/../etc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/a/..%2f..%2fsecret",
            "/%2E%2E",
            "/a\\..\\b",
            "/./index.html",
        ] {
            assert!(matches!(resolve(&d, "/", bad, None), Target::Refused(s, _) if s == StatusCode::BAD_REQUEST), "{bad}");
        }
        assert!(matches!(resolve(&d, "/", &format!("/{}", "a".repeat(MAX_PATH)), None), Target::Refused(StatusCode::URI_TOO_LONG, _)));
    }

    #[test]
    fn hashed_files_are_kept_a_year_and_pages_are_revalidated() {
        for (name, policy) in [
            ("app-0f3a5b7c9d1e2f30_bg.wasm", "public, max-age=31536000, immutable"),
            ("app-0f3a5b7c9d1e2f30.js", "public, max-age=31536000, immutable"),
            ("lessons/config-1a2b3c4d5e6f.txt", "public, max-age=31536000, immutable"),
            ("index.html", "no-cache"),
            ("factors/config.html", "no-cache"),
            ("sw.js", "no-cache"),
            ("icon-192.png", "public, max-age=3600"),
            ("embed.js", "public, max-age=3600"),
            ("dev-prod-parity.png", "public, max-age=3600"),
        ] {
            assert_eq!(cache_control(Path::new(name)), policy, "{name}");
        }
    }

    #[test]
    fn log_fields_are_json_strings() {
        assert_eq!(json("a\"b\\c\n"), r#""a\"b\\c\u000a""#);
    }
}
