//! The log stream: a fixed-size ring of structured lines, worded only when displayed (in the
//! page's language, by `lessons::words::log_text`).
//!
//! Lines hold an enum and two numbers instead of a `String`, so logging never allocates and
//! a 64 Hz simulation can log every request.

use crate::Reason;
use core::fmt;

/// Who wrote a log line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// The platform's router.
    Router,
    /// The platform itself (scheduler, releases).
    Platform,
    /// A web instance, by its number (`web.3`).
    Web(u16),
    /// A worker instance, by its number (`worker.1`).
    Worker(u16),
    /// The staging environment.
    Staging,
    /// A developer laptop, by number.
    Laptop(u16),
    /// A one-off admin process.
    OneOff,
    /// The on-call engineer, acting on the incident.
    Operator,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Router => f.write_str("router"),
            Source::Platform => f.write_str("platform"),
            Source::Web(n) => write!(f, "web.{n}"),
            Source::Worker(n) => write!(f, "worker.{n}"),
            Source::Staging => f.write_str("staging"),
            Source::Laptop(n) => write!(f, "laptop.{n}"),
            Source::OneOff => f.write_str("run.1"),
            Source::Operator => f.write_str("on-call"),
        }
    }
}

/// Severity, shown as a word (never only as a colour).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Level {
    Info,
    Warn,
    Error,
}

impl Level {
    /// The word for this level.
    pub fn word(self) -> &'static str {
        match self {
            Level::Info => "info",
            Level::Warn => "warn",
            Level::Error => "error",
        }
    }
}

/// What a log line says. `a` and `b` in [`LogLine`] fill in the numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    /// `GET /checkout 200 in {a} ms` (`b` = 1: a photo upload).
    Served,
    /// A failed request, with its reason; `a` = ms, `b` = 1 for a photo upload.
    Failed(Reason),
    /// A request cut off without an answer.
    Dropped(Reason),
    /// Booting release `v{a}`.
    Booting,
    /// Listening on `$PORT` = `{a}`.
    Listening,
    /// Received SIGTERM; draining.
    Draining,
    /// SIGTERM ignored.
    SigtermIgnored,
    /// Stopped cleanly after finishing `{a}` requests.
    Stopped,
    /// Instance `{a}` (`b` = 1: a worker) killed by the platform after the grace period.
    Killed,
    /// Instance `{a}` (web) or worker (`b` = 1) crashed.
    Crashed(Reason),
    /// Built release `v{a}` from commit `{b}`.
    ReleaseBuilt,
    /// Config changed: release `v{a}` (same build, new config).
    ConfigRelease,
    /// Rolled back: release `v{a}` runs `v{b}`'s build and config.
    RolledBack,
    /// Deploying release `v{a}` to `{b}` instances.
    Deploying,
    /// Rollout finished in `{a}` seconds.
    RolloutDone,
    /// Rollout over after `{a}` seconds, with no new instance ready.
    RolloutFailed,
    /// The database at `{a}` is already down.
    AlreadyDown,
    /// A code change is under way (`a` = seconds it takes): review, build, deploy.
    CodeChangeStarted,
    /// No old server is left to retire.
    NoOldServer,
    /// Roll back impossible: nothing to return to.
    RollbackImpossible,
    /// Nothing to roll back to: `v{a}` is the only release.
    NothingToRollBack,
    /// Edited code in place on `{a}` running servers.
    EditedInPlace,
    /// Restored the old code by hand.
    RestoredByHand,
    /// Hand-applied the hotfix on the servers again.
    HotfixReapplied,
    /// The database at address `{a}` is down.
    DatabaseDown,
    /// The standby database at address `{a}` is ready.
    StandbyReady,
    /// The standby's address written into the code: build and release `v{a}`.
    DatabaseRewired,
    /// The old password revoked at the database.
    PasswordRevoked,
    /// A second password added at the database; both log in.
    PasswordAdded,
    /// The new password written into the code: build and release `v{a}`.
    CredentialPatched,
    /// A new database login refused.
    LoginRefused,
    /// Staging wrote order `#{a}` to the production database.
    StagingWroteProd,
    /// Staging wrote order `#{a}` to its own database.
    StagingWroteOwn,
    /// Scaled `{a}` to `{b}` instances.
    Scaled,
    /// Platform limit of instances reached.
    ScaleLimit,
    /// `{a}` background jobs enqueued.
    JobsEnqueued,
    /// Returned `{a}` unfinished jobs to the queue.
    JobsReturned,
    /// `{a}` half-done jobs handed out again by the queue.
    JobsRedelivered,
    /// Traffic spike: `{a}` times the usual load.
    TrafficSpike,
    /// Disk usage at `{a}`%.
    DiskUsage,
    /// Log volume up: sent to the log sink, no local disk used.
    LogsStreamed,
    /// `{a}` log lines disappeared with the instance.
    LogFilesGone,
    /// Laptop set up and running the app.
    LaptopReady,
    /// Laptop uses SQLite while production uses Postgres.
    LaptopSqlite,
    /// Laptop cannot run the app (`convert` missing).
    LaptopBroken,
    /// The new query failed on Postgres in development.
    CaughtInDev,
    /// The query fixed; the feature ships.
    FixedInDev,
    /// Tests passed on the laptop's SQLite.
    PassedOnSqlite,
    /// Expand migration `{a}` applied by a one-off process on release `v{b}`.
    MigrationExpand,
    /// Contract migration `{a}` applied by a one-off process on release `v{b}`.
    MigrationContract,
    /// Migration from a laptop renamed the column.
    MigrationFromLaptop,
    /// Nothing to contract.
    NothingToContract,
    /// A contract run from a laptop.
    LaptopContract,
    /// `{a}` carts were lost.
    CartsLost,
    /// The router's own line for an error answer: status `{a}` in `{b}` ms, without the app's detail.
    RouterSaw,
}

/// One line of the log stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LogLine {
    /// Simulated tick when it was written.
    pub tick: u64,
    /// Who wrote it.
    pub source: Source,
    /// How bad it is.
    pub level: Level,
    /// What it says.
    pub msg: Msg,
    /// First number for the message.
    pub a: u32,
    /// Second number for the message.
    pub b: u32,
}

/// A ring buffer of the most recent lines. Capacity is fixed at creation.
#[derive(Clone, Debug)]
pub struct LogRing {
    lines: Vec<LogLine>,
    /// Kept apart from the vector's capacity, which a clone does not keep.
    capacity: usize,
    next: usize,
    total: u64,
}

impl LogRing {
    /// An empty ring holding at most `capacity` lines.
    pub fn new(capacity: usize) -> Self {
        let capacity = capacity.max(1);
        Self { lines: Vec::with_capacity(capacity), capacity, next: 0, total: 0 }
    }

    /// Append a line, overwriting the oldest when full.
    pub fn push(&mut self, line: LogLine) {
        if self.lines.len() < self.capacity {
            self.lines.push(line);
        } else {
            self.lines[self.next] = line;
        }
        self.next = (self.next + 1) % self.capacity;
        self.total += 1;
    }

    /// Lines written since the start (also those already overwritten).
    pub fn total(&self) -> u64 {
        self.total
    }

    /// The retained lines, oldest first.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &LogLine> {
        let split = if self.lines.len() < self.capacity { 0 } else { self.next };
        self.lines[split..].iter().chain(self.lines[..split].iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(n: u32) -> LogLine {
        LogLine { tick: n as u64, source: Source::Router, level: Level::Info, msg: Msg::Served, a: n, b: 0 }
    }

    #[test]
    fn ring_keeps_newest_in_order() {
        let mut r = LogRing::new(3);
        for n in 0..5 {
            r.push(line(n));
        }
        let kept: Vec<u32> = r.iter().map(|l| l.a).collect();
        assert_eq!(kept, vec![2, 3, 4]);
        assert_eq!(r.total(), 5);
    }

    #[test]
    fn a_clone_keeps_the_capacity_and_the_order() {
        for before in 0..5 {
            let mut r = LogRing::new(3);
            for n in 0..before {
                r.push(line(n));
            }
            let mut c = r.clone(); // a clone's vector has no spare capacity
            for n in before..before + 4 {
                c.push(line(n));
            }
            let kept: Vec<u32> = c.iter().map(|l| l.a).collect();
            assert_eq!(kept, vec![before + 1, before + 2, before + 3], "cloned after {before} lines");
        }
    }

    #[test]
    fn sources_are_named_as_the_platform_names_them() {
        assert_eq!(Source::Web(3).to_string(), "web.3");
        assert_eq!(Source::Worker(1).to_string(), "worker.1");
    }
}
