//! Config from the environment, as a twelve-factor app takes it (`HOST`, `PORT`,
//! `PUBLIC_URL`, `SITE_DIR`, `SHUTDOWN_GRACE_S`), with command-line flags that override it
//! (`--host`, `--port`, `--base`, `--dir`, `--grace`). A bad value is a clear message, never a
//! guess.

use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Everything the server is told.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The address to listen on: `127.0.0.1` (this laptop only) or `0.0.0.0` (the room).
    pub host: IpAddr,
    /// The port; 0 asks the system for a free one.
    pub port: u16,
    /// The built site.
    pub dir: PathBuf,
    /// Whether the folder was named (`--dir`, `SITE_DIR`); if not, a binary with the site
    /// compiled in serves that instead of `dist`.
    pub dir_given: bool,
    /// The path the site is served under: `/`, or `/sub/` (as the build's `PUBLIC_URL`).
    pub base: String,
    /// How long requests in flight may take to finish after SIGTERM or Ctrl-C.
    pub grace: Duration,
}

/// The usage line, for `--help` and mistakes.
pub const USAGE: &str = "usage: playground-server [--host 127.0.0.1|0.0.0.0] [--port 8080] [--base /] [--dir dist] [--grace 5]
environment: HOST, PORT, PUBLIC_URL, SITE_DIR, SHUTDOWN_GRACE_S (flags win)
without --dir or SITE_DIR, a binary built with the site inside serves that; otherwise ./dist";

impl Config {
    /// Read the config from `env` (a variable's value by name) and the command-line `args`
    /// (without the program name).
    pub fn read(env: impl Fn(&str) -> Option<String>, args: &[String]) -> Result<Config, String> {
        let mut flags: Vec<(&str, &str)> = Vec::new();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let name = match a.as_str() {
                "--host" | "--port" | "--base" | "--dir" | "--grace" => a.as_str(),
                "-h" | "--help" => return Err(USAGE.to_string()),
                other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
            };
            let value = it.next().ok_or_else(|| format!("`{name}` needs a value\n{USAGE}"))?;
            flags.push((name, value));
        }
        let pick =
            |flag: &str, var: &str| flags.iter().rev().find(|(f, _)| *f == flag).map(|(_, v)| v.to_string()).or_else(|| env(var).filter(|v| !v.is_empty()));
        let host = pick("--host", "HOST").unwrap_or_else(|| "127.0.0.1".into());
        let host: IpAddr = host.parse().map_err(|_| format!("HOST must be an IP address such as 127.0.0.1 or 0.0.0.0, got `{host}`"))?;
        let port = pick("--port", "PORT").unwrap_or_else(|| "8080".into());
        let port: u16 = port.parse().map_err(|_| format!("PORT must be a number from 0 to 65535, got `{port}`"))?;
        let base = pick("--base", "PUBLIC_URL").unwrap_or_else(|| "/".into());
        if base.contains(['?', '#', '%', '\\']) || base.contains("..") || base.chars().any(char::is_whitespace) {
            return Err(format!("PUBLIC_URL must be a plain path such as / or /playground/, got `{base}`"));
        }
        let base = format!("/{}/", base.trim_matches('/')).replace("//", "/");
        let named = pick("--dir", "SITE_DIR");
        let dir_given = named.is_some();
        let dir = PathBuf::from(named.unwrap_or_else(|| "dist".into()));
        let grace = pick("--grace", "SHUTDOWN_GRACE_S").unwrap_or_else(|| "5".into());
        let grace: u64 =
            grace.parse().ok().filter(|g| *g <= 600).ok_or_else(|| format!("SHUTDOWN_GRACE_S must be whole seconds from 0 to 600, got `{grace}`"))?;
        Ok(Config { host, port, dir, dir_given, base, grace: Duration::from_secs(grace) })
    }

    /// Whether the server is open to the room (listening on every interface).
    pub fn room(&self) -> bool {
        self.host.is_unspecified()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| vars.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    }
    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn defaults_then_environment_then_flags() {
        let c = Config::read(env(&[]), &[]).unwrap();
        assert_eq!((c.host.to_string(), c.port, c.base.as_str(), c.dir.to_str().unwrap(), c.grace.as_secs()), ("127.0.0.1".into(), 8080, "/", "dist", 5));
        assert!(!c.room() && !c.dir_given);
        let c = Config::read(env(&[("HOST", "0.0.0.0"), ("PORT", "9000"), ("PUBLIC_URL", "playground"), ("SITE_DIR", "dist-sub")]), &[]).unwrap();
        assert_eq!((c.port, c.base.as_str(), c.dir.to_str().unwrap(), c.dir_given), (9000, "/playground/", "dist-sub", true));
        assert!(c.room());
        let c = Config::read(env(&[("PORT", "9000")]), &args(&["--port", "0", "--base", "/a/b/"])).unwrap();
        assert_eq!((c.port, c.base.as_str()), (0, "/a/b/"));
    }

    #[test]
    fn bad_values_say_what_is_wrong() {
        for (vars, a, needle) in [
            (&[("PORT", "eighty")][..], &[][..], "PORT must be a number"),
            (&[("PORT", "70000")][..], &[][..], "PORT must be a number"),
            (&[("HOST", "localhost:80")][..], &[][..], "HOST must be an IP address"),
            (&[("PUBLIC_URL", "/a/../b")][..], &[][..], "PUBLIC_URL must be a plain path"),
            (&[("SHUTDOWN_GRACE_S", "-1")][..], &[][..], "SHUTDOWN_GRACE_S must be"),
            (&[][..], &["--port"][..], "`--port` needs a value"),
            (&[][..], &["--verbose"][..], "unknown argument `--verbose`"),
        ] {
            let vars: &'static [(&'static str, &'static str)] = Box::leak(vars.to_vec().into_boxed_slice());
            let e = Config::read(env(vars), &args(a)).unwrap_err();
            assert!(e.contains(needle), "{e}");
        }
    }
}
