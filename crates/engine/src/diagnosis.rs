//! Why things fail: every failed or dropped request, crash and incident carries a [`Reason`],
//! and every reason knows the factor it belongs to. The engine names reasons by code; their
//! headlines and explanations are words, in the site's catalogues (`lessons::words`).
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
        }
    }
}
