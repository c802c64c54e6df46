//! Why things fail: every failed or dropped request, crash and incident carries a [`Reason`],
//! and every reason knows the factor it belongs to and how to explain itself to a person.
//!
//! A reason belongs to a factor only where the failure *follows from* that factor's
//! violation. Trouble that any app can meet (a database host dying, a bug shipped, a crash,
//! too much traffic) has no factor: the factor decides how long it lasts and what it costs,
//! and the reasons that name a factor are recorded only once that difference shows.

use crate::Factor;

/// The cause of a failure. Reasons with a factor are the lessons; the rest happen to any app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Codebase: a fix that lived only on the servers, in no commit, vanished with a deploy.
    HotfixLost,
    /// Dependencies: a photo upload shells out to a tool that only the old servers had.
    MissingBinary,
    /// Config: staging, running the same hard-coded URL, wrote into production's database.
    WroteToProdDatabase,
    /// Config: a new database login refused, and the new password is in the code.
    CredentialRejected,
    /// Backing services: the standby is ready, but its address is in the code.
    DatabaseUnreachable,
    /// Build, release, run: the bad code is still live and there is no release to go back to.
    NoReleaseToRollBack,
    /// Processes: a shopping cart kept in a process's memory died with the process.
    CartLost,
    /// Port binding: nothing listens on `$PORT`: the app expected a web server around it.
    PortNotBound,
    /// Concurrency: web requests waited behind background jobs for the same threads.
    WebStarvedByJobs,
    /// Disposability: the process ignored SIGTERM and was killed with requests in flight.
    KilledInFlight,
    /// Disposability: a job killed half done was handed out again and ran twice.
    JobRanTwice,
    /// Disposability: nothing could serve while the replacements took their slow time to boot.
    SlowStart,
    /// Dev/prod parity: a query that SQLite accepted on the laptop fails on Postgres in prod.
    ProdOnlyQueryError,
    /// Logs: log files filled the instance's disk and it crashed.
    DiskFull,
    /// Logs: the instance was disposed of and its local log files went with it.
    LogsLost,
    /// Admin processes: the schema is not the one the running release expects.
    SchemaMismatch,
    /// No factor: more traffic than the running instances can take.
    Overloaded,
    /// No factor: an instance crashed (as chaos), and what it held in flight went with it.
    InstanceCrashed,
    /// No factor: no instance was running at all.
    NoInstances,
    /// No factor: the new code has a bug that no readiness check catches.
    BadRelease,
    /// No factor: the database host died and no standby is attached yet.
    DatabaseDown,
    /// No factor: a contract migration dropped a column the running code still reads.
    ColumnDropped,
    /// No factor: the password was revoked before the app was given the new one.
    LoginRefused,
}

impl Reason {
    /// Every reason, for per-reason arrays.
    pub const ALL: [Reason; 23] = [
        Reason::HotfixLost,
        Reason::MissingBinary,
        Reason::WroteToProdDatabase,
        Reason::CredentialRejected,
        Reason::DatabaseUnreachable,
        Reason::NoReleaseToRollBack,
        Reason::CartLost,
        Reason::PortNotBound,
        Reason::WebStarvedByJobs,
        Reason::KilledInFlight,
        Reason::JobRanTwice,
        Reason::SlowStart,
        Reason::ProdOnlyQueryError,
        Reason::DiskFull,
        Reason::LogsLost,
        Reason::SchemaMismatch,
        Reason::Overloaded,
        Reason::InstanceCrashed,
        Reason::NoInstances,
        Reason::BadRelease,
        Reason::DatabaseDown,
        Reason::ColumnDropped,
        Reason::LoginRefused,
    ];
    /// How many reasons there are.
    pub const COUNT: usize = Self::ALL.len();

    /// Index into per-reason arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The factor this failure teaches, or `None` for trouble any app can meet.
    pub fn factor(self) -> Option<Factor> {
        use Reason::*;
        Some(match self {
            HotfixLost => Factor::Codebase,
            MissingBinary => Factor::Dependencies,
            WroteToProdDatabase | CredentialRejected => Factor::Config,
            DatabaseUnreachable => Factor::BackingServices,
            NoReleaseToRollBack => Factor::BuildReleaseRun,
            CartLost => Factor::Processes,
            PortNotBound => Factor::PortBinding,
            WebStarvedByJobs => Factor::Concurrency,
            KilledInFlight | JobRanTwice | SlowStart => Factor::Disposability,
            ProdOnlyQueryError => Factor::DevProdParity,
            DiskFull | LogsLost => Factor::Logs,
            SchemaMismatch => Factor::AdminProcesses,
            Overloaded | InstanceCrashed | NoInstances | BadRelease | DatabaseDown | ColumnDropped | LoginRefused => return None,
        })
    }

    /// Damage that cannot be undone (lost or corrupted data, work done twice, lost
    /// evidence): one is enough to call the deployment broken.
    pub fn is_critical(self) -> bool {
        matches!(self, Reason::WroteToProdDatabase | Reason::CartLost | Reason::JobRanTwice | Reason::LogsLost)
    }

    /// A short label for a badge or a log line.
    pub fn headline(self) -> &'static str {
        use Reason::*;
        match self {
            HotfixLost => "Bug is back: the fix was in no commit",
            MissingBinary => "Photo upload failed: `convert` not found",
            WroteToProdDatabase => "Staging wrote to the production database",
            CredentialRejected => "Login refused: the new password needs a code change",
            DatabaseUnreachable => "Standby ready, but its address is in the code",
            NoReleaseToRollBack => "Bad code still live: no release to roll back to",
            CartLost => "Shopping carts lost",
            PortNotBound => "Nothing listening on $PORT",
            WebStarvedByJobs => "Web requests starved by background jobs",
            KilledInFlight => "Killed with requests in flight",
            JobRanTwice => "Job ran twice after a kill",
            SlowStart => "No instance ready: slow start",
            ProdOnlyQueryError => "Query fails on Postgres in production",
            DiskFull => "Disk full of log files",
            LogsLost => "Logs lost with the instance",
            SchemaMismatch => "Wrong schema: column does not exist",
            Overloaded => "Overloaded",
            InstanceCrashed => "Instance crashed",
            NoInstances => "No instances running",
            BadRelease => "Bug in the new code",
            DatabaseDown => "Database down",
            ColumnDropped => "Column dropped while the code still reads it",
            LoginRefused => "Database login refused: password revoked",
        }
    }

    /// One sentence a learner can read to understand what happened and why.
    pub fn explanation(self) -> &'static str {
        use Reason::*;
        match self {
            HotfixLost => "The fix was typed into files on the production servers and never committed, so a deploy built from the repository ran code without it and the bug came back.",
            MissingBinary => "Photo uploads shell out to ImageMagick's `convert`, which someone installed by hand on the old servers; nothing declared it, so on fresh servers those requests fail while checkouts still work.",
            WroteToProdDatabase => "The production database URL is written in the code, so the staging deploy, running the same code, sent its test orders to production.",
            CredentialRejected => "The password is written in the code, so after the old one was revoked every new database connection was refused until someone changed the code, built and deployed it; connections already open kept working until they were recycled.",
            DatabaseUnreachable => "The standby was ready, but the database's address is written in the code, so reaching it takes a code change, a build and a deploy while checkouts fail.",
            NoReleaseToRollBack => "The change was copied straight onto the running servers; the old code was overwritten, so there is no release to roll back to and the bad code stays live until it is retyped by hand.",
            CartLost => "Carts lived in the memory of one web process; when that process went away, so did every cart it held.",
            PortNotBound => "The app expected a web server installed around it to listen for it; the platform injects none and routes only to the port the app binds itself, so nothing listens on $PORT and the boot times out.",
            WebStarvedByJobs => "Web requests and background jobs share one process type and its threads; a pile of jobs took every thread and the requests timed out waiting.",
            KilledInFlight => "The process ignored SIGTERM, so the platform killed it after the grace period, cutting off the requests it was serving.",
            JobRanTwice => "The worker ignored SIGTERM and was killed halfway through its jobs; the queue handed them out again, so their side effects (an email, a charge) happened twice.",
            SlowStart => "The replacement instances take so long to boot that, during the restart, nothing is ready to serve.",
            ProdOnlyQueryError => "The query passed on SQLite on the laptop, but production runs Postgres, which rejects it; the difference only showed up in production.",
            DiskFull => "Each instance writes its logs to files on its own disk; the disk filled up, writes failed and the instance crashed.",
            LogsLost => "The logs were files on an instance the platform threw away, so the evidence of what went wrong went with it.",
            SchemaMismatch => "The migration ran from a laptop with an old checkout and its own config: it renamed the column in one step, so the release that is running lost a column it reads and its queries fail.",
            Overloaded => "More requests arrived than the running instances could take in time.",
            InstanceCrashed => "An instance crashed and the requests it was holding went with it; the platform starts a new one.",
            NoInstances => "No instance was running to take the request.",
            BadRelease => "The new code has a bug in checkout. It starts and answers its health check, so no readiness check can catch it.",
            DatabaseDown => "The database host died; until a standby is attached, queries fail.",
            LoginRefused => "The old password was revoked before the app had the new one, so new database connections were refused until the config var was changed and the instances restarted; adding the new password first, then rolling, then revoking avoids even that.",
            ColumnDropped => "The contract step dropped the old column while the running release still reads it; contract only after no running code needs it (a rollback to such code would fail the same way).",
        }
    }
}

/// A diagnosed failure: what happened, to which factor, and when (in ticks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Diagnosis {
    /// The cause.
    pub reason: Reason,
    /// The simulated tick at which it was first seen.
    pub tick: u64,
}

impl Diagnosis {
    /// The factor the failure belongs to, if any.
    pub fn factor(&self) -> Option<Factor> {
        self.reason.factor()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_factor_has_at_least_one_reason() {
        for f in Factor::ALL {
            assert!(Reason::ALL.iter().any(|r| r.factor() == Some(f)), "{f:?} has no reason");
        }
    }

    #[test]
    fn indices_match_positions() {
        for (i, r) in Reason::ALL.iter().enumerate() {
            assert_eq!(r.index(), i);
            assert!(!r.headline().is_empty() && r.explanation().ends_with('.'));
        }
    }
}
