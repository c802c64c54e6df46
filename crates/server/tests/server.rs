//! The server as a room would meet it: the real binary on a free port, a small site beside a
//! secret it must never serve, and requests written byte by byte, malformed ones included.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const SECRET: &str = "the-secret-beside-the-site";

/// A site in a fresh folder, with a file outside it that must stay unreachable.
fn site(name: &str, big: usize) -> PathBuf {
    let root = std::env::temp_dir().join(format!("tfp-server-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let dir = root.join("dist");
    let files: &[(&str, &[u8])] = &[
        ("index.html", b"<!doctype html><title>home</title>"),
        ("404.html", b"<!doctype html><title>not found</title>"),
        ("factors/config.html", b"<!doctype html><title>config</title>"),
        ("sandbox/index.html", b"<!doctype html><title>sandbox</title>"),
        ("app-0123456789abcdef.js", b"console.log('plain')"),
        ("app-0123456789abcdef.js.br", b"BROTLI-BYTES"),
        ("sw.js", b"self"),
    ];
    for (f, body) in files {
        let p = dir.join(f);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, body).unwrap();
    }
    std::fs::write(root.join("secret.txt"), SECRET).unwrap();
    if big > 0 {
        std::fs::write(dir.join("big.bin"), vec![b'x'; big]).unwrap();
    }
    dir
}

struct Server {
    child: Child,
    port: u16,
    stderr: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Server {
    fn start(dir: &Path, env: &[(&str, &str)]) -> Server {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_playground-server"));
        cmd.args(["--dir", dir.to_str().unwrap(), "--port", "0"]).stdout(Stdio::piped()).stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("the server starts");
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        assert!(line.contains(r#""event":"listening""#), "first line: {line}");
        let port: u16 = line.split("127.0.0.1:").nth(1).and_then(|r| r.split('/').next()).and_then(|p| p.parse().ok()).unwrap_or_else(|| panic!("{line}"));
        // Keep reading the logs, so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in out.lines() {});
        let stderr = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let mut err = child.stderr.take().unwrap();
        let sink = stderr.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = err.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        Server { child, port, stderr }
    }

    /// Send raw bytes; the status code and the whole answer (empty if the connection closed).
    fn raw(&self, request: &[u8]) -> (u16, String) {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let _ = s.write_all(request);
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out);
        let text = String::from_utf8_lossy(&out).to_string();
        let status = text.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
        (status, text)
    }

    fn get(&self, path: &str, headers: &str) -> (u16, String) {
        self.raw(format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{headers}\r\n").as_bytes())
    }

    /// What it has written to stderr, once `done` says it is all there (or after 5 s).
    fn stderr_when(&self, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let text = self.stderr.lock().unwrap().clone();
            if done(&text) || Instant::now() > deadline {
                return text;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn signal(&self, sig: &str) {
        Command::new("kill").args([sig, &self.child.id().to_string()]).status().unwrap();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn header<'a>(answer: &'a str, name: &str) -> Option<&'a str> {
    answer.lines().take_while(|l| !l.is_empty()).find_map(|l| l.split_once(':').filter(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.trim()))
}

#[test]
fn pages_assets_and_caching_as_a_static_host_serves_them() {
    let s = Server::start(&site("pages", 0), &[]);
    let (status, home) = s.get("/", "");
    assert_eq!(status, 200);
    assert!(home.contains("<title>home</title>"));
    assert_eq!(header(&home, "cache-control"), Some("no-cache"));
    assert!(s.get("/factors/config", "").1.contains("<title>config</title>"), "a page without .html");
    let (status, moved) = s.get("/sandbox?v=1", "");
    assert_eq!((status, header(&moved, "location")), (301, Some("/sandbox/?v=1")));
    let (status, missing) = s.get("/no/such/page", "");
    assert_eq!(status, 404);
    assert!(missing.contains("<title>not found</title>"), "the site's own 404 page");
    // A hashed asset: brotli when asked for, kept a year.
    let (status, br) = s.get("/app-0123456789abcdef.js", "Accept-Encoding: gzip, br\r\n");
    assert_eq!(status, 200);
    assert!(br.ends_with("BROTLI-BYTES") && header(&br, "content-encoding") == Some("br"), "{br}");
    assert_eq!(header(&br, "cache-control"), Some("public, max-age=31536000, immutable"));
    let plain = s.get("/app-0123456789abcdef.js", "").1;
    assert!(plain.ends_with("console.log('plain')"));
    assert_eq!(header(&s.get("/sw.js", "").1, "cache-control"), Some("no-cache"));
    // HEAD: the headers, no body; a conditional request for an unchanged page: 304.
    let (status, head) = s.raw(b"HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 200);
    assert!(!head.contains("<title>"));
    let modified = header(&home, "last-modified").expect("Last-Modified").to_string();
    assert_eq!(s.get("/", &format!("If-Modified-Since: {modified}\r\n")).0, 304);
}

#[test]
fn a_malformed_corpus_gets_4xx_and_the_server_keeps_serving() {
    let s = Server::start(&site("corpus", 0), &[]);
    let long_header = format!("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Long: {}\r\n\r\n", "a".repeat(200_000));
    let long_path = format!("GET /{} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "a".repeat(10_000));
    let corpus: Vec<(&str, Vec<u8>)> = vec![
        ("bad percent-encoding", b"GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec()),
        ("a lone %", b"GET /% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec()),
        ("dot-dot", b"GET /../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec()),
        ("encoded dot-dot", b"GET /%2e%2e/secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec()),
        ("encoded slashes", b"GET /factors%2f..%2f..%2fsecret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec()),
        ("NUL byte", b"GET /index.html%00.png HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec()),
        ("raw NUL", b"GET /a\0b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec()),
        ("invalid UTF-8", b"GET /%C3%28 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec()),
        ("very long path", long_path.into_bytes()),
        ("very long header", long_header.into_bytes()),
        ("unknown method", b"BREW / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec()),
        ("POST", b"POST / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 3\r\n\r\nabc".to_vec()),
        ("not HTTP at all", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n".to_vec()),
        ("bad version", b"GET / HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec()),
        ("absolute path outside", b"GET /etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec()),
    ];
    for (what, request) in corpus {
        let (status, answer) = s.raw(&request);
        assert!(!answer.contains(SECRET), "{what}: served a file outside the site");
        // Some requests are cut off by the HTTP layer before an answer (status 0): that is fine,
        // as long as nothing outside is served and the next request is answered.
        assert!(status == 0 || (400..500).contains(&status), "{what}: answered {status}");
        assert_eq!(s.get("/", "").0, 200, "{what}: the server still serves");
    }
    let (status, why) = s.get("/%E0%A4%A", "");
    assert_eq!(status, 400);
    assert!(why.contains("malformed percent-encoding"), "a clear message: {why}");
    assert_eq!(s.get("/missing", "").0, 404);
}

#[test]
fn sigterm_lets_a_slow_download_finish_then_exits() {
    let size = 8 * 1024 * 1024;
    let mut s = Server::start(&site("sigterm", size), &[("SHUTDOWN_GRACE_S", "20")]);
    let mut conn = TcpStream::connect(("127.0.0.1", s.port)).unwrap();
    conn.write_all(b"GET /big.bin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut got = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    let n = conn.read(&mut buf).unwrap();
    got.extend_from_slice(&buf[..n]);
    s.signal("-TERM");
    let stopping = Instant::now();
    // Read slowly: the download takes a couple of seconds after the signal.
    loop {
        std::thread::sleep(Duration::from_millis(15));
        let n = conn.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        got.extend_from_slice(&buf[..n]);
    }
    let body = got.windows(4).position(|w| w == b"\r\n\r\n").map(|i| got.len() - i - 4).unwrap();
    assert_eq!(body, size, "the whole file arrived");
    assert!(stopping.elapsed() > Duration::from_millis(500), "the download really was in flight");
    // New connections are refused once it is stopping, and it exits well.
    let status = loop {
        if let Some(status) = s.child.try_wait().unwrap() {
            break status;
        }
        assert!(stopping.elapsed() < Duration::from_secs(15), "it exits within the grace period");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status}");
}

#[test]
fn room_mode_prints_where_learners_can_open_it() {
    let s = Server::start(&site("room", 0), &[("HOST", "0.0.0.0")]);
    let lan: Vec<String> = if_addrs_v4();
    let stderr = s.stderr_when(|t| t.contains("Ctrl-C stops."));
    if lan.is_empty() {
        assert!(stderr.contains("no network address besides loopback"), "{stderr}");
    } else {
        for ip in &lan {
            assert!(stderr.contains(&format!("http://{ip}:{}/", s.port)), "{ip} missing from:\n{stderr}");
        }
        assert!(stderr.contains("Scan to open"), "{stderr}");
    }
    // And it answers on loopback too.
    assert_eq!(s.get("/", "").0, 200);
}

/// The machine's non-loopback IPv4 addresses, as `ip -4 -o addr` lists them.
fn if_addrs_v4() -> Vec<String> {
    let out = Command::new("ip").args(["-4", "-o", "addr"]).output().map(|o| String::from_utf8_lossy(&o.stdout).to_string()).unwrap_or_default();
    out.lines()
        .filter_map(|l| l.split_whitespace().skip_while(|w| *w != "inet").nth(1))
        .map(|a| a.split('/').next().unwrap().to_string())
        .filter(|a| !a.starts_with("127."))
        .collect()
}

#[test]
fn bad_config_is_a_clear_message_and_a_failing_exit() {
    for (env, needle) in [(("PORT", "eighty"), "PORT must be a number"), (("SITE_DIR", "/nonexistent/site"), "no built site")] {
        let out = Command::new(env!("CARGO_BIN_EXE_playground-server")).env(env.0, env.1).output().unwrap();
        assert!(!out.status.success());
        assert!(String::from_utf8_lossy(&out.stderr).contains(needle), "{:?}", out);
    }
}
