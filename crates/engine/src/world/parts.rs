//! What a world is made of: instances, requests, releases, backing services, laptops,
//! staging, the running totals, and the timed operations and users inside it.

use super::*;

/// A process type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Serves HTTP requests from the router.
    Web,
    /// Runs background jobs from the queue.
    Worker,
}

/// Where an instance is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Starting up; not yet taking work.
    Booting,
    /// Taking work.
    Running,
    /// Told to stop (SIGTERM); the router sends it nothing new.
    Draining,
    /// Died; the platform restarts it shortly.
    Crashed,
    /// Gone for good; the slot may be reused.
    Gone,
}

/// One process instance (a dyno, a pod, a container).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instance {
    /// Process type.
    pub kind: Kind,
    /// Its number within its type (`web.2` is 2).
    pub number: u16,
    /// Life stage.
    pub phase: Phase,
    /// The release (index into [`World::releases`]) it runs.
    pub release: u16,
    /// Ticks left in the current stage (boot, grace period, crash restart).
    pub timer: u16,
    /// Requests being worked on.
    pub busy: u16,
    /// Requests waiting for a free slot.
    pub waiting: u16,
    /// Remaining ticks of each job slot (0 = free).
    pub jobs: [u16; JOB_SLOTS],
    /// Something listens on the port the platform routes to (`$PORT`). An app that expects
    /// a web server injected around it has nothing listening on a platform that injects none.
    pub reachable: bool,
    /// Runs on one of the old hand-built servers (hand-installed tools, a web server on 8080).
    pub legacy: bool,
    /// Also runs background jobs in its web threads (one process type for everything).
    pub combined: bool,
    /// Keeps working through SIGTERM until killed.
    pub ignores_sigterm: bool,
    /// Writes its logs to files on its own disk.
    pub logs_to_disk: bool,
    /// Lacks a tool the code shells out to (photo uploads fail on it).
    pub missing_convert: bool,
    /// Runs code someone edited on the server's disk (a bad change made in place).
    pub bad_change: bool,
    /// Runs a hotfix someone made by hand on the server: code that is in no commit.
    pub hand_patched: bool,
    /// Its database connections are logged in (false: the last login was refused).
    pub db_login_ok: bool,
    /// Ticks until it recycles its database connections (and logs in again).
    pub reconnect_in: u16,
    /// Local disk usage, percent.
    pub disk: u8,
    /// The disk is filling with log files.
    pub disk_filling: bool,
    /// Log lines sitting in files on the local disk.
    pub local_logs: u32,
    /// Slot (+1) of the instance this one replaces once running; 0 for none.
    pub replaces: u16,
    /// Why it crashed, while crashed (and after, as a badge).
    pub crash: Option<Reason>,
    /// The latest failure of a request it handled.
    pub last_failure: Option<Reason>,
    /// Ticks left during which it counts as failing after its last failed request (drives
    /// the node's status, so an instance that returns errors, even now and then, is not drawn
    /// healthy).
    pub recent_failures: u16,
    /// Requests served since it started.
    pub served: u32,
}

impl Instance {
    /// A process's display name, e.g. `web.2`.
    pub fn source(&self) -> Source {
        match self.kind {
            Kind::Web => Source::Web(self.number),
            Kind::Worker => Source::Worker(self.number),
        }
    }

    /// Job slots in use.
    pub fn active_jobs(&self) -> u16 {
        self.jobs.iter().filter(|t| **t > 0).count() as u16
    }

    /// Not gone.
    pub fn is_live(&self) -> bool {
        self.phase != Phase::Gone
    }

    /// The node's health for the picture.
    pub fn status(&self) -> Status {
        match self.phase {
            Phase::Crashed => Status::Broken,
            Phase::Running if self.recent_failures > 0 || self.disk >= 80 || !self.db_login_ok => Status::Degraded,
            Phase::Running | Phase::Gone => Status::Healthy,
            Phase::Booting | Phase::Draining => Status::Degraded,
        }
    }
}

/// Where a request is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Leg {
    /// Waiting at the router for any instance to be ready.
    Holding,
    /// On the wire from the router to its instance.
    Travel,
    /// At the instance, waiting for a free thread.
    Queued,
    /// Being worked on.
    Working,
}

/// A request in flight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Request {
    /// Which shopper sent it.
    pub user: u16,
    /// Instance slot it is assigned to (meaningless while holding).
    pub instance: u16,
    /// Where it is.
    pub leg: Leg,
    /// Ticks left in the current leg.
    pub t: u16,
    /// Ticks since it arrived at the router.
    pub age: u16,
    /// A photo upload (shells out to `convert`), not a checkout.
    pub photo: bool,
    /// Ticks spent retrying an unreachable database.
    pub retried: u16,
}

impl Request {
    /// How far along the wire from the router to its instance it is, from 0.0 (at the
    /// router) to 1.0 (arrived), for drawing.
    pub fn progress(&self) -> f32 {
        match self.leg {
            Leg::Holding => 0.0,
            Leg::Travel => 1.0 - f32::from(self.t.min(TRAVEL_TICKS)) / f32::from(TRAVEL_TICKS),
            Leg::Queued | Leg::Working => 1.0,
        }
    }
}

/// A build of the code plus config, with an immutable number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Release {
    /// `v{number}`.
    pub number: u16,
    /// The build it runs (index of the release that first carried it).
    pub build: u16,
    /// The commit the build was made from (shown as seven hex digits).
    pub commit: u32,
    /// Built from a repository that lacks the hotfix made on the servers.
    pub hotfix_missing: bool,
    /// Calls a tool it never declared.
    pub undeclared_convert: bool,
    /// Ships a query that only the laptop's SQLite accepts.
    pub prod_query_bug: bool,
    /// Carries a bug in checkout that no readiness check catches.
    pub bug: bool,
    /// Reads and writes the new column (needs the expanded schema).
    pub new_column: bool,
    /// Config: which database address it uses (0 or 1).
    pub db: u8,
    /// Config: which database password (generation) it logs in with.
    pub password: u8,
    /// Made by a config change only: same build, new config.
    pub config_only: bool,
    /// A rollback: the release whose build and config it runs again.
    pub rollback_of: Option<u16>,
}

/// The database and the other backing services.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Services {
    /// Per database address (0 and 1): down.
    pub db_down: [bool; 2],
    /// The address of the live primary.
    pub primary: u8,
    /// Password generations the database accepts, as bits.
    pub accepted: u8,
    /// The newest password generation issued.
    pub newest_password: u8,
    /// Schema columns present: [`OLD_COLUMN`] and/or [`NEW_COLUMN`].
    pub columns: u8,
    /// The last schema change came from a laptop, not from a release's one-off process.
    pub schema_from_laptop: bool,
    /// Jobs waiting in the queue.
    pub queue: u32,
    /// Log lines received by the log sink.
    pub sink_lines: u64,
}

/// The schema column the first release reads.
pub const OLD_COLUMN: u8 = 1;
/// The column a new feature reads (added by an expand migration).
pub const NEW_COLUMN: u8 = 2;

impl Services {
    /// The database at this address answers.
    pub fn db_up(&self, address: u8) -> bool {
        !self.db_down[usize::from(address & 1)]
    }

    /// This password generation logs in.
    pub fn accepts(&self, password: u8) -> bool {
        self.accepted & (1 << (password & 7)) != 0
    }
}

/// A developer laptop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Laptop {
    /// `laptop.{number}`.
    pub number: u16,
    /// The app runs on it.
    pub works: bool,
    /// It runs SQLite where production runs Postgres.
    pub sqlite: bool,
    /// A developer's test just failed on it (a prod-only query caught in dev); ticks left.
    pub caught: u16,
}

/// The staging environment, once deployed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Staging {
    /// Its test writes go to production's database.
    pub writes_to_prod: bool,
    /// Test orders written.
    pub writes: u32,
}

/// Running totals. Requests obey `generated == served + failed + dropped + in flight`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    pub generated: u64,
    pub served: u64,
    pub failed: u64,
    pub dropped: u64,
    pub deploys: u32,
    pub restarts: u32,
    pub rollbacks: u32,
    pub migrations: u32,
    pub laptops: u32,
    pub actions: u32,
    pub carts_lost: u32,
    pub jobs_created: u64,
    pub jobs_done: u64,
    /// Jobs a killed process had half done, handed out again by the queue: run twice.
    pub jobs_twice: u64,
    pub logs_lost: u64,
    pub staging_writes_to_prod: u32,
    /// Old database passwords retired.
    pub revoked: u32,
    /// Database failures survived or not.
    pub failovers: u32,
    /// Instances that crashed.
    pub crashes: u32,
    /// The longest rollout so far, in ticks (first new instance booting to last old one gone).
    pub slowest_rollout: u64,
}

/// Something the on-call engineer does later, on a timer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    /// The database team has the standby ready (both ways).
    StandbyReady,
    /// Point the app at the standby: a config change, or (violating) a code change.
    AttachStandby,
    /// Retype the old code by hand on every server.
    RestoreByHand,
    /// Patch the hotfix onto the servers by hand again.
    ReapplyHotfix,
    /// Give the app the newest password: a config change, or (violating) a code change.
    UseNewPassword,
    /// The developer has fixed the query caught in dev; ship the feature.
    ShipAfterFix,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct User {
    /// Slot (+1) of the process holding this user's cart in memory; 0 for none.
    pub(crate) home: u16,
    pub(crate) cart: bool,
    pub(crate) lost: bool,
}
