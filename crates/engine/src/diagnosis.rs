//! Why things fail: every failed or dropped request, crash and incident carries a [`Reason`],
//! and every reason knows the factor it belongs to and how to explain itself to a person.

use crate::Factor;

/// The cause of a failure. Reasons with a factor are the lessons; the rest are plain capacity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Codebase: a fix that lived only on a server vanished with a deploy from the repo.
    HotfixLost,
    /// Dependencies: the app shells out to a tool that only the old server had.
    MissingBinary,
    /// Config: staging, running the same hard-coded URL, wrote into production's database.
    WroteToProdDatabase,
    /// Config: the password was rotated but the old one is compiled into the code.
    CredentialRejected,
    /// Backing services: the database is wired into the code; replacing it needs a redeploy.
    DatabaseUnreachable,
    /// Build, release, run: a change edited onto running servers, with no release to go back to.
    NoReleaseToRollBack,
    /// Processes: a shopping cart kept in a process's memory died with the process.
    CartLost,
    /// Port binding: the platform routes to `$PORT`, the app listens on its own fixed port.
    PortUnreachable,
    /// Port binding: two instances on one host both want port 8080.
    AddressInUse,
    /// Concurrency: web requests waited behind background jobs in the one process type.
    WebStarvedByJobs,
    /// Disposability: the process ignored SIGTERM and was killed with requests in flight.
    KilledInFlight,
    /// Disposability: a background job died with the process that was running it.
    JobLost,
    /// Disposability: nothing could serve while the replacements took their slow time to boot.
    SlowStart,
    /// Dev/prod parity: a query that SQLite accepted on the laptop fails on Postgres in prod.
    ProdOnlyQueryError,
    /// Logs: log files filled the instance's disk and writes started failing.
    DiskFull,
    /// Logs: the instance was disposed of and its local log files went with it.
    LogsLost,
    /// Admin processes: a migration from a laptop left production with the wrong schema.
    SchemaMismatch,
    /// No factor: more traffic than the running instances can take.
    Overloaded,
    /// No factor: an instance crashed (as chaos), and what it held in flight went with it.
    InstanceCrashed,
    /// No factor: no instance was running at all.
    NoInstances,
}

impl Reason {
    /// Every reason, for per-reason arrays.
    pub const ALL: [Reason; 20] = [
        Reason::HotfixLost,
        Reason::MissingBinary,
        Reason::WroteToProdDatabase,
        Reason::CredentialRejected,
        Reason::DatabaseUnreachable,
        Reason::NoReleaseToRollBack,
        Reason::CartLost,
        Reason::PortUnreachable,
        Reason::AddressInUse,
        Reason::WebStarvedByJobs,
        Reason::KilledInFlight,
        Reason::JobLost,
        Reason::SlowStart,
        Reason::ProdOnlyQueryError,
        Reason::DiskFull,
        Reason::LogsLost,
        Reason::SchemaMismatch,
        Reason::Overloaded,
        Reason::InstanceCrashed,
        Reason::NoInstances,
    ];
    /// How many reasons there are.
    pub const COUNT: usize = Self::ALL.len();

    /// Index into per-reason arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The factor this failure teaches, or `None` for plain capacity trouble.
    pub fn factor(self) -> Option<Factor> {
        use Reason::*;
        Some(match self {
            HotfixLost => Factor::Codebase,
            MissingBinary => Factor::Dependencies,
            WroteToProdDatabase | CredentialRejected => Factor::Config,
            DatabaseUnreachable => Factor::BackingServices,
            NoReleaseToRollBack => Factor::BuildReleaseRun,
            CartLost => Factor::Processes,
            PortUnreachable | AddressInUse => Factor::PortBinding,
            WebStarvedByJobs => Factor::Concurrency,
            KilledInFlight | JobLost | SlowStart => Factor::Disposability,
            ProdOnlyQueryError => Factor::DevProdParity,
            DiskFull | LogsLost => Factor::Logs,
            SchemaMismatch => Factor::AdminProcesses,
            Overloaded | InstanceCrashed | NoInstances => return None,
        })
    }

    /// Damage that cannot be undone (lost or corrupted data, lost evidence): one is enough
    /// to call the deployment broken.
    pub fn is_critical(self) -> bool {
        matches!(
            self,
            Reason::WroteToProdDatabase | Reason::CartLost | Reason::JobLost | Reason::LogsLost
        )
    }

    /// A short label for a badge or a log line.
    pub fn headline(self) -> &'static str {
        use Reason::*;
        match self {
            HotfixLost => "Hotfix lost: the bug is back",
            MissingBinary => "Crashed: `convert` not found",
            WroteToProdDatabase => "Staging wrote to the production database",
            CredentialRejected => "Database rejected the old password",
            DatabaseUnreachable => "Database gone; recovery needs a redeploy",
            NoReleaseToRollBack => "Bad change, and no release to roll back to",
            CartLost => "Shopping carts lost",
            PortUnreachable => "Connection refused on $PORT",
            AddressInUse => "Port 8080 already in use",
            WebStarvedByJobs => "Web requests starved by background jobs",
            KilledInFlight => "Killed with requests in flight",
            JobLost => "Background jobs lost",
            SlowStart => "No instance ready: slow start",
            ProdOnlyQueryError => "Query fails on Postgres in production",
            DiskFull => "Disk full of log files",
            LogsLost => "Logs lost with the instance",
            SchemaMismatch => "Wrong schema: column does not exist",
            Overloaded => "Overloaded",
            InstanceCrashed => "Instance crashed",
            NoInstances => "No instances running",
        }
    }

    /// One sentence a learner can read to understand what happened and why.
    pub fn explanation(self) -> &'static str {
        use Reason::*;
        match self {
            HotfixLost => "The fix was made by editing files on the production server, so the repository never had it; the deploy built from the repository and brought the bug back.",
            MissingBinary => "The app calls ImageMagick's `convert`, which someone installed by hand on the old server; nothing declared it, so the freshly built instances do not have it.",
            WroteToProdDatabase => "The production database URL is written in the code, so the staging deploy, running the same code, sent its test orders to production.",
            CredentialRejected => "The database password is compiled into the code, so rotating it locks production out until someone changes the code and redeploys.",
            DatabaseUnreachable => "The database is wired into the code instead of attached by a URL, so swapping in the standby means a code change, a build and a redeploy.",
            NoReleaseToRollBack => "The change was copied straight onto the running servers; the old code was overwritten, so there is no release to roll back to.",
            CartLost => "Carts lived in the memory of one web process; when that process went away, so did every cart it held.",
            PortUnreachable => "The platform sends traffic to the port in $PORT, but the app only listens on 8080 inside its web server, so the router is refused.",
            AddressInUse => "Two instances on one host both insist on port 8080; the second cannot bind and crashes.",
            WebStarvedByJobs => "Web requests and background jobs share one process type; a pile of jobs took every thread and the requests timed out waiting.",
            KilledInFlight => "The process ignored SIGTERM, so the platform killed it after the grace period, cutting off the requests it was serving.",
            JobLost => "The worker was killed in the middle of its jobs and never returned them to the queue, so that work is gone.",
            SlowStart => "The replacement instances take so long to boot that, during the restart, nothing is ready to serve.",
            ProdOnlyQueryError => "The query passed on SQLite on the laptop, but production runs Postgres, which rejects it; the difference only showed up in production.",
            DiskFull => "Each instance writes its logs to files on its own disk; the disk filled up, writes failed and the instance crashed.",
            LogsLost => "The logs were files on an instance the platform threw away, so the evidence of what went wrong went with it.",
            SchemaMismatch => "The migration ran from a laptop with an old checkout and its own config, so production got a schema the running release does not expect.",
            Overloaded => "More requests arrived than the running instances could take in time.",
            InstanceCrashed => "An instance crashed and the requests it was holding went with it; the platform starts a new one.",
            NoInstances => "No instance was running to take the request.",
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
            assert!(
                Reason::ALL.iter().any(|r| r.factor() == Some(f)),
                "{f:?} has no reason"
            );
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
