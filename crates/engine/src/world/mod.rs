//! The simulated deployment: state, the fixed step, and what the UI may read.
//!
//! Everything lives in preallocated storage (instances, requests, log ring), so the steady
//! state of [`World::step`] does not allocate. All randomness comes from the [`Rng`] inside.

mod flow;
mod inputs;
mod status;

use crate::log::{Level, Msg, Source};
use crate::{Diagnosis, Factor, Input, LogLine, LogRing, Practices, Reason, Rng, Scenario, Status};

/// Simulation steps per simulated second.
pub const TICK_HZ: u64 = 64;
/// The most instances a world holds (the platform's limit).
pub const MAX_INSTANCES: usize = 128;
/// The most requests in flight at once; more are refused as overload.
pub const MAX_REQUESTS: usize = 4096;
/// Simulated shoppers; each request belongs to one of them.
pub const USERS: usize = 64;
/// Job slots per instance.
pub const JOB_SLOTS: usize = 8;

pub(crate) const TRAVEL_TICKS: u16 = 10;
pub(crate) const WEB_SLOTS: u16 = 8;
pub(crate) const WORKER_SLOTS: usize = 4;
pub(crate) const TIMEOUT_TICKS: u16 = 2 * TICK_HZ as u16;
pub(crate) const GRACE_TICKS: u16 = 5 * TICK_HZ as u16;
/// How long the platform waits for a new instance to listen on `$PORT` before failing it.
pub(crate) const BOOT_TIMEOUT_TICKS: u16 = 10 * TICK_HZ as u16;
/// How long a query is retried against an unreachable database (the same in both ways).
pub(crate) const DB_RETRY_TICKS: u16 = TICK_HZ as u16;
/// How often an instance recycles its database connections (each instance at its own offset).
pub(crate) const RECONNECT_TICKS: u16 = 6 * TICK_HZ as u16;
/// Share of requests (percent) that are photo uploads, which shell out to `convert`.
pub(crate) const PHOTO_PERCENT: u32 = 30;
pub(crate) const FAST_BOOT_TICKS: u16 = TICK_HZ as u16;
pub(crate) const SLOW_BOOT_TICKS: u16 = 15 * TICK_HZ as u16;
pub(crate) const CRASH_RESTART_TICKS: u16 = 2 * TICK_HZ as u16;
pub(crate) const JOB_TICKS: u16 = 96;
/// How long an instance counts as failing after a failed request.
pub(crate) const FAILING_FOR_TICKS: u16 = 3 * TICK_HZ as u16;
pub(crate) const WEB_RATE_PER_INSTANCE: f64 = 8.0;
pub(crate) const JOB_RATE: f64 = 2.0;

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

/// The whole simulated deployment.
#[derive(Clone, Debug)]
pub struct World {
    seed: u64,
    rng: Rng,
    tick: u64,
    practices: Practices,
    focus: Option<Factor>,
    instances: Vec<Instance>,
    requests: Vec<Request>,
    releases: Vec<Release>,
    current: u16,
    previous: Option<u16>,
    users: [User; USERS],
    services: Services,
    laptops: Vec<Laptop>,
    staging: Option<Staging>,
    log: LogRing,
    counters: Counters,
    ops: [Option<(u64, Op)>; 8],
    traffic_rate: f64,
    arrivals: f64,
    job_arrivals: f64,
    spike_until: u64,
    rr_cursor: usize,
    on_platform: bool,
    feature_caught: bool,
    /// The next release reads the new column (the admin-processes lesson's feature).
    feature_needs_column: bool,
    /// A bad change sits on the servers' disks: processes started there load it.
    edited_on_disk: bool,
    /// The last rollout's first tick, while one is under way.
    rollout_since: Option<u64>,
    /// The next number per process type (`web.4` after `web.3`, never reused).
    next_number: [u16; 2],
    status: status::Tracker,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct User {
    /// Slot (+1) of the process holding this user's cart in memory; 0 for none.
    home: u16,
    cart: bool,
    lost: bool,
}

impl World {
    /// The world of a lesson: its scenario's app, compliant or violating its factor.
    pub fn for_scenario(scenario: &Scenario, violating: bool, seed: u64) -> World {
        let mut w = World::new(seed, scenario.practices(violating), 3, if scenario.shows.workers { 2 } else { 0 });
        w.set_focus(Some(scenario.factor));
        w
    }

    fn set_focus(&mut self, focus: Option<Factor>) {
        self.focus = focus;
        self.feature_needs_column = focus == Some(Factor::AdminProcesses);
        if matches!(focus, Some(Factor::DevProdParity | Factor::AdminProcesses)) {
            // The developer who writes the feature is in the picture from the start.
            let sqlite = self.practices.violates(Factor::DevProdParity);
            self.laptops.push(Laptop { number: 1, works: true, sqlite, caught: 0 });
        }
    }

    /// A world with `web` web instances and `workers` workers (a formation), all booted.
    pub fn new(seed: u64, practices: Practices, web: usize, workers: usize) -> World {
        let mut w = World {
            seed,
            rng: Rng::new(seed),
            tick: 0,
            practices,
            focus: None,
            instances: Vec::with_capacity(MAX_INSTANCES),
            requests: Vec::with_capacity(MAX_REQUESTS),
            releases: Vec::with_capacity(32),
            current: 0,
            previous: None,
            users: [User::default(); USERS],
            services: Services {
                db_down: [false; 2],
                primary: 0,
                accepted: 1,
                newest_password: 0,
                columns: OLD_COLUMN,
                schema_from_laptop: false,
                queue: 0,
                sink_lines: 0,
            },
            laptops: Vec::with_capacity(8),
            staging: None,
            log: LogRing::new(200),
            counters: Counters::default(),
            ops: [None; 8],
            traffic_rate: WEB_RATE_PER_INSTANCE * web.clamp(1, MAX_INSTANCES) as f64,
            arrivals: 0.0,
            job_arrivals: 0.0,
            spike_until: 0,
            rr_cursor: 0,
            on_platform: false,
            feature_caught: false,
            feature_needs_column: false,
            edited_on_disk: false,
            rollout_since: None,
            next_number: [1, 1],
            status: status::Tracker::default(),
        };
        w.releases.push(Release {
            number: 1,
            build: 0,
            commit: commit_id(seed, 1, 0),
            hotfix_missing: false,
            undeclared_convert: practices.violates(Factor::Dependencies),
            prod_query_bug: false,
            bug: false,
            new_column: false,
            db: 0,
            password: 0,
            config_only: false,
            rollback_of: None,
        });
        let combined = practices.violates(Factor::Concurrency);
        let web = web.clamp(1, MAX_INSTANCES);
        let workers = if combined { 0 } else { workers.min(MAX_INSTANCES - web) };
        for kind in core::iter::repeat_n(Kind::Web, web).chain(core::iter::repeat_n(Kind::Worker, workers)) {
            // The starting formation runs on the old hand-built servers, already up.
            let slot = w.spawn(kind, 0, 0, true);
            let inst = &mut w.instances[slot];
            inst.phase = Phase::Running;
            inst.timer = 0;
            inst.reachable = true;
            inst.hand_patched = kind == Kind::Web && practices.violates(Factor::Codebase);
        }
        w
    }

    /// Start over: the same seed, practices and focus, at tick 0.
    pub fn reset(&mut self) {
        let focus = self.focus;
        let workers = if focus.map(|f| Scenario::for_factor(f).shows.workers).unwrap_or(true) { 2 } else { 0 };
        *self = World::new(self.seed, self.practices, 3, workers);
        self.set_focus(focus);
    }

    /// Send one input. Event inputs take effect at once; their consequences unfold over steps.
    pub fn apply(&mut self, input: Input) {
        inputs::apply(self, input);
    }

    /// Advance the simulation by one fixed step of 1/[`TICK_HZ`] seconds.
    pub fn step(&mut self) {
        self.tick += 1;
        self.status.begin_tick();
        self.run_ops();
        flow::update_instances(self);
        flow::run_jobs(self);
        flow::generate_traffic(self);
        flow::advance_requests(self);
        flow::staging_traffic(self);
        status::update(self);
    }

    /// Steps taken since the start.
    pub fn tick(&self) -> u64 {
        self.tick
    }

    /// Simulated seconds since the start.
    pub fn seconds(&self) -> f64 {
        self.tick as f64 / TICK_HZ as f64
    }

    /// The seed this world started from.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The twelve switches.
    pub fn practices(&self) -> Practices {
        self.practices
    }

    /// The factor a lesson world is about, if any.
    pub fn focus(&self) -> Option<Factor> {
        self.focus
    }

    /// All instance slots (including gone ones; filter with [`Instance::is_live`]).
    pub fn instances(&self) -> &[Instance] {
        &self.instances
    }

    /// Requests in flight.
    pub fn requests(&self) -> &[Request] {
        &self.requests
    }

    /// Every release built so far, oldest first.
    pub fn releases(&self) -> &[Release] {
        &self.releases
    }

    /// The release the formation is meant to run.
    pub fn current_release(&self) -> &Release {
        &self.releases[self.current as usize]
    }

    /// The backing services.
    pub fn services(&self) -> &Services {
        &self.services
    }

    /// Developer laptops set up so far.
    pub fn laptops(&self) -> &[Laptop] {
        &self.laptops
    }

    /// The staging environment, if deployed.
    pub fn staging(&self) -> Option<&Staging> {
        self.staging.as_ref()
    }

    /// The log stream (what the platform's combined stream shows).
    pub fn log(&self) -> &LogRing {
        &self.log
    }

    /// Running totals.
    pub fn counters(&self) -> &Counters {
        &self.counters
    }

    /// Requests currently in flight.
    pub fn in_flight(&self) -> u64 {
        self.requests.len() as u64
    }

    /// Jobs being worked on right now.
    pub fn jobs_in_progress(&self) -> u64 {
        self.instances.iter().filter(|i| i.is_live()).map(|i| u64::from(i.active_jobs())).sum()
    }

    /// Live instances of a kind that are running.
    pub fn running(&self, kind: Kind) -> usize {
        self.instances.iter().filter(|i| i.kind == kind && i.phase == Phase::Running).count()
    }

    /// Overall status: broken once anything broke since the start (until [`World::reset`]),
    /// otherwise healthy or degraded as of now.
    pub fn status(&self) -> Status {
        self.status.overall()
    }

    /// Status as of now, ignoring an earlier break (the sandbox's live view).
    pub fn status_now(&self) -> Status {
        self.status.now
    }

    /// What broke the deployment, once it broke.
    pub fn incident(&self) -> Option<Diagnosis> {
        self.status.broken_by
    }

    /// Every failure reason seen so far with its first tick and count, in reason order.
    pub fn diagnoses(&self) -> impl Iterator<Item = (Diagnosis, u32)> + '_ {
        Reason::ALL.iter().filter_map(|r| self.status.seen[r.index()].map(|(tick, n)| (Diagnosis { reason: *r, tick }, n)))
    }

    /// Served, failed and dropped over the last simulated second.
    pub fn recent(&self) -> (u32, u32) {
        self.status.window_totals()
    }

    /// Median and 95th-percentile latency (ms) of the most recent served requests.
    pub fn latency_ms(&self) -> (u32, u32) {
        self.status.latency_ms()
    }

    /// A named figure for challenge checks, or `None` if there is no such metric.
    pub fn metric(&self, name: &str) -> Option<i64> {
        let c = &self.counters;
        let live = || self.instances.iter().filter(|i| i.is_live());
        Some(match name {
            "compliant" => i64::from(self.focus.map(|f| !self.practices.violates(f)).unwrap_or(true)),
            "triggered" => i64::from(c.actions),
            "served" => c.served as i64,
            "failed" => c.failed as i64,
            "dropped" => c.dropped as i64,
            "broken" => i64::from(self.status.broken_by.is_some()),
            "web" => self.running(Kind::Web) as i64,
            "workers" => self.running(Kind::Worker) as i64,
            "seconds" => (self.tick / TICK_HZ) as i64,
            "deploys" => i64::from(c.deploys),
            "restarts" => i64::from(c.restarts),
            "rollbacks" => i64::from(c.rollbacks),
            "migrations" => i64::from(c.migrations),
            "laptops" => i64::from(c.laptops),
            "carts_lost" => i64::from(c.carts_lost),
            "jobs_twice" => c.jobs_twice as i64,
            "jobs_done" => c.jobs_done as i64,
            "logs_lost" => c.logs_lost as i64,
            "staging_writes_to_prod" => i64::from(c.staging_writes_to_prod),
            "uncommitted" => live().filter(|i| i.hand_patched).count() as i64,
            "old_servers" => live().filter(|i| i.legacy && i.kind == Kind::Web).count() as i64,
            "revoked" => i64::from(c.revoked),
            "failovers" => i64::from(c.failovers),
            "crashes" => i64::from(c.crashes),
            // A rollout still under way counts with the time it has taken so far.
            "slowest_rollout" => c.slowest_rollout.max(self.rollout_since.map_or(0, |t| self.tick - t)).div_ceil(TICK_HZ) as i64,
            "releases" => self.releases.len() as i64,
            _ => return None,
        })
    }

    /// The names [`World::metric`] knows, each with the words a learner reads for it.
    pub const METRICS: [(&'static str, &'static str); 26] = [
        ("compliant", "the switch is on the twelve-factor way"),
        ("triggered", "events sent"),
        ("served", "requests served"),
        ("failed", "failed requests"),
        ("dropped", "dropped requests"),
        ("broken", "incidents"),
        ("web", "web instances running"),
        ("workers", "workers running"),
        ("seconds", "simulated seconds"),
        ("deploys", "deploys"),
        ("restarts", "restarts"),
        ("rollbacks", "rollbacks"),
        ("migrations", "migrations"),
        ("laptops", "laptops set up"),
        ("carts_lost", "carts lost"),
        ("jobs_twice", "jobs run twice"),
        ("jobs_done", "jobs done"),
        ("logs_lost", "log lines lost"),
        ("staging_writes_to_prod", "staging writes to production"),
        ("uncommitted", "instances running code in no commit"),
        ("old_servers", "old hand-built servers in use"),
        ("revoked", "old passwords revoked"),
        ("failovers", "database failovers"),
        ("crashes", "instance crashes"),
        ("slowest_rollout", "seconds the slowest rollout took"),
        ("releases", "releases"),
    ];

    /// Whether [`World::metric`] knows `name`.
    pub fn knows_metric(name: &str) -> bool {
        Self::METRICS.iter().any(|(n, _)| *n == name)
    }

    /// A fingerprint of the observable state; equal traces mean equal runs.
    pub fn trace_hash(&self) -> u64 {
        let mut h = Fnv::default();
        let c = &self.counters;
        for v in [
            self.tick,
            c.generated,
            c.served,
            c.failed,
            c.dropped,
            c.jobs_done,
            c.jobs_twice,
            c.jobs_created,
            c.logs_lost,
            self.services.queue as u64,
            self.log.total(),
        ] {
            h.write(v);
        }
        for i in self.instances.iter() {
            h.write(i.phase as u64 | (i.busy as u64) << 8 | (i.waiting as u64) << 24 | (i.number as u64) << 40);
        }
        for r in &self.requests {
            h.write(r.instance as u64 | (r.t as u64) << 16 | (r.age as u64) << 32 | (r.leg as u64) << 48);
        }
        h.write(self.rng.clone().next_u64());
        h.0
    }

    /// Check the bookkeeping: every request and job accounted for exactly once.
    /// Returns a description of the first violated invariant.
    pub fn check_invariants(&self) -> Result<(), String> {
        let c = &self.counters;
        if c.generated != c.served + c.failed + c.dropped + self.in_flight() {
            return Err(format!(
                "requests: generated {} != served {} + failed {} + dropped {} + in flight {}",
                c.generated,
                c.served,
                c.failed,
                c.dropped,
                self.in_flight()
            ));
        }
        let queued = u64::from(self.services.queue);
        if c.jobs_created != c.jobs_done + queued + self.jobs_in_progress() {
            return Err(format!("jobs: created {} != done {} + queued {} + in progress {}", c.jobs_created, c.jobs_done, queued, self.jobs_in_progress()));
        }
        for (slot, inst) in self.instances.iter().enumerate() {
            let busy = self.requests.iter().filter(|r| r.instance as usize == slot && r.leg == Leg::Working).count() as u16;
            let waiting = self.requests.iter().filter(|r| r.instance as usize == slot && r.leg == Leg::Queued).count() as u16;
            if busy != inst.busy || waiting != inst.waiting {
                return Err(format!("slot {slot}: busy {}/{busy} waiting {}/{waiting}", inst.busy, inst.waiting));
            }
        }
        Ok(())
    }

    // ---- internals shared by the submodules ----

    /// Start a new instance of `kind` running `release` in a free slot (or a new one), with
    /// the next number of its kind. `legacy`: on one of the old hand-built servers (a
    /// restart in place) rather than a fresh host built from the release. `replaces`: slot
    /// (+1) of the instance it takes over from once running, or 0. Returns the slot.
    pub(crate) fn spawn(&mut self, kind: Kind, replaces: u16, release: u16, legacy: bool) -> usize {
        let p = self.practices;
        let rel = self.releases[release as usize];
        let k = usize::from(kind == Kind::Worker);
        let number = self.next_number[k];
        self.next_number[k] = number.saturating_add(1);
        // A web server was installed by hand on the old servers; a fresh host has only what
        // the release brings, and an app that relies on an injected server brings none.
        let reachable = legacy || !p.violates(Factor::PortBinding) || kind == Kind::Worker;
        let slow = p.violates(Factor::Disposability);
        let inst = Instance {
            kind,
            number,
            phase: Phase::Booting,
            release,
            timer: if !reachable {
                BOOT_TIMEOUT_TICKS
            } else if slow {
                SLOW_BOOT_TICKS
            } else {
                FAST_BOOT_TICKS
            },
            busy: 0,
            waiting: 0,
            jobs: [0; JOB_SLOTS],
            reachable,
            legacy,
            combined: kind == Kind::Web && p.violates(Factor::Concurrency),
            ignores_sigterm: slow,
            logs_to_disk: p.violates(Factor::Logs),
            missing_convert: rel.undeclared_convert && !legacy,
            bad_change: false,
            hand_patched: false,
            db_login_ok: true,
            reconnect_in: RECONNECT_TICKS / 3 * (number % 3) + RECONNECT_TICKS / 6,
            disk: 0,
            disk_filling: false,
            local_logs: 0,
            replaces,
            crash: None,
            last_failure: None,
            recent_failures: 0,
            served: 0,
        };
        // A gone slot is reused only when no request still points at it.
        let reusable = (0..self.instances.len()).find(|&s| self.instances[s].phase == Phase::Gone && !self.requests.iter().any(|r| r.instance as usize == s));
        if let Some(slot) = reusable {
            self.instances[slot] = inst;
            slot
        } else {
            self.instances.push(inst);
            self.instances.len() - 1
        }
    }

    pub(crate) fn emit(&mut self, source: Source, level: Level, msg: Msg, a: u32, b: u32) {
        self.log.push(LogLine { tick: self.tick, source, level, msg, a, b });
        self.services.sink_lines += 1;
    }

    /// Log from an instance: to the stream, or, when it logs to files, to its own disk.
    pub(crate) fn emit_from(&mut self, slot: usize, level: Level, msg: Msg, a: u32, b: u32) {
        let inst = &mut self.instances[slot];
        if inst.logs_to_disk {
            inst.local_logs += 1;
        } else {
            let source = inst.source();
            self.emit(source, level, msg, a, b);
        }
    }

    /// Record a failure reason (first tick and count); critical ones break the world at once.
    pub(crate) fn note(&mut self, reason: Reason) {
        status::note(self, reason);
    }

    pub(crate) fn schedule(&mut self, after_ticks: u64, op: Op) {
        if let Some(free) = self.ops.iter_mut().find(|o| o.is_none()) {
            *free = Some((self.tick + after_ticks, op));
        }
    }

    fn run_ops(&mut self) {
        for i in 0..self.ops.len() {
            if let Some((at, op)) = self.ops[i] {
                if at <= self.tick {
                    self.ops[i] = None;
                    inputs::run_op(self, op);
                }
            }
        }
    }
}

/// A commit id for build `n` of a world with this content: seven hex digits, stable for a seed.
/// Different code (a fix left out, a value compiled in) is a different commit.
pub(crate) fn commit_id(seed: u64, n: u16, content: u64) -> u32 {
    let mut h = Fnv::default();
    h.write(seed);
    h.write(u64::from(n));
    h.write(content);
    (h.0 >> 20) as u32 & 0x0fff_ffff
}

/// FNV-1a over 64-bit words.
struct Fnv(u64);
impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}
impl Fnv {
    fn write(&mut self, v: u64) {
        for b in v.to_le_bytes() {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x100_0000_01b3);
        }
    }
}
