//! The simulated deployment: state, the fixed step, and what the UI may read.
//!
//! Everything lives in preallocated storage (instances, requests, log ring), so the steady
//! state of [`World::step`] does not allocate. All randomness comes from the [`Rng`] inside.

mod flow;
mod inputs;
mod status;

use crate::{Diagnosis, Factor, Input, LogLine, LogRing, Practices, Reason, Rng, Scenario, Status};
use crate::log::{Level, Msg, Source};

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
pub(crate) const GRACE_TICKS: u16 = 3 * TICK_HZ as u16;
pub(crate) const FAST_BOOT_TICKS: u16 = TICK_HZ as u16;
pub(crate) const SLOW_BOOT_TICKS: u16 = 15 * TICK_HZ as u16;
pub(crate) const CRASH_RESTART_TICKS: u16 = TICK_HZ as u16 / 2;
pub(crate) const JOB_TICKS: u16 = 96;
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
    /// Whether the router can reach it at the port it routes to.
    pub reachable: bool,
    /// Runs on the old hand-built servers (with hand-installed tools and a web server on 8080).
    pub legacy: bool,
    /// Also runs background jobs in its web threads (one process type for everything).
    pub combined: bool,
    /// Keeps working through SIGTERM until killed.
    pub ignores_sigterm: bool,
    /// Writes its logs to files on its own disk.
    pub logs_to_disk: bool,
    /// Lacks a tool the code shells out to.
    pub missing_convert: bool,
    /// Will fail to bind port 8080 (another instance on its host has it).
    pub port_clash: bool,
    /// Carries code someone edited on the running server.
    pub bad_change: bool,
    /// Carries a hotfix someone made by hand on the server.
    pub hand_patched: bool,
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
    /// Recent failures, decaying; drives the node's status.
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
            Phase::Running if !self.reachable => Status::Broken,
            Phase::Running if self.recent_failures > 0 || self.disk >= 80 => Status::Degraded,
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
    /// Built from a repository that lacks the hotfix made on the servers.
    pub hotfix_missing: bool,
    /// Calls a tool it never declared.
    pub undeclared_convert: bool,
    /// Ships a query that only the laptop's SQLite accepts.
    pub prod_query_bug: bool,
    /// Failed its smoke test and never ran.
    pub rejected: bool,
}

/// The database and the other backing services.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Services {
    /// The database answers.
    pub db_up: bool,
    /// The standby database is attached in place of the primary.
    pub on_standby: bool,
    /// The credentials the app uses are accepted.
    pub password_ok: bool,
    /// The schema matches what the running release expects.
    pub schema_ok: bool,
    /// Jobs waiting in the queue.
    pub queue: u32,
    /// Log lines received by the log sink.
    pub sink_lines: u64,
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
    pub jobs_lost: u64,
    pub logs_lost: u64,
    pub staging_writes_to_prod: u32,
}

/// Something the on-call engineer does later, on a timer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    AttachStandby,
    RewireDatabase,
    TryRollback,
    RestoreByHand,
    ReapplyHotfix,
    PatchCredential,
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
        w.focus = Some(scenario.factor);
        w
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
            services: Services { db_up: true, on_standby: false, password_ok: true, schema_ok: true, queue: 0, sink_lines: 0 },
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
            status: status::Tracker::default(),
        };
        w.releases.push(Release { number: 1, hotfix_missing: false, undeclared_convert: practices.violates(Factor::Dependencies), prod_query_bug: false, rejected: false });
        let combined = practices.violates(Factor::Concurrency);
        let web = web.clamp(1, MAX_INSTANCES);
        let workers = if combined { 0 } else { workers.min(MAX_INSTANCES - web) };
        for n in 0..web {
            let slot = w.spawn(Kind::Web, n as u16 + 1, 0, 0);
            let inst = &mut w.instances[slot];
            inst.phase = Phase::Running;
            inst.timer = 0;
            inst.legacy = true;
            inst.reachable = true;
            inst.missing_convert = false;
            inst.hand_patched = practices.violates(Factor::Codebase);
        }
        for n in 0..workers {
            let slot = w.spawn(Kind::Worker, n as u16 + 1, 0, 0);
            w.instances[slot].phase = Phase::Running;
            w.instances[slot].legacy = true;
            w.instances[slot].missing_convert = false;
        }
        w
    }

    /// Start over: the same seed, practices and focus, at tick 0.
    pub fn reset(&mut self) {
        let focus = self.focus;
        let workers = if focus.map(|f| Scenario::for_factor(f).shows.workers).unwrap_or(true) { 2 } else { 0 };
        *self = World::new(self.seed, self.practices, 3, workers);
        self.focus = focus;
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
        Reason::ALL.iter().filter_map(|r| {
            self.status.seen[r.index()].map(|(tick, n)| (Diagnosis { reason: *r, tick }, n))
        })
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
            "jobs_lost" => c.jobs_lost as i64,
            "jobs_done" => c.jobs_done as i64,
            "logs_lost" => c.logs_lost as i64,
            "staging_writes_to_prod" => i64::from(c.staging_writes_to_prod),
            _ => return None,
        })
    }

    /// The names [`World::metric`] knows.
    pub const METRICS: [&'static str; 19] = [
        "compliant", "triggered", "served", "failed", "dropped", "broken", "web", "workers", "seconds",
        "deploys", "restarts", "rollbacks", "migrations", "laptops", "carts_lost", "jobs_lost", "jobs_done",
        "logs_lost", "staging_writes_to_prod",
    ];

    /// A fingerprint of the observable state; equal traces mean equal runs.
    pub fn trace_hash(&self) -> u64 {
        let mut h = Fnv::default();
        let c = &self.counters;
        for v in [self.tick, c.generated, c.served, c.failed, c.dropped, c.jobs_done, c.jobs_lost, c.jobs_created, c.logs_lost, self.services.queue as u64, self.log.total()] {
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
            return Err(format!("requests: generated {} != served {} + failed {} + dropped {} + in flight {}", c.generated, c.served, c.failed, c.dropped, self.in_flight()));
        }
        let queued = u64::from(self.services.queue);
        if c.jobs_created != c.jobs_done + c.jobs_lost + queued + self.jobs_in_progress() {
            return Err(format!("jobs: created {} != done {} + lost {} + queued {} + in progress {}", c.jobs_created, c.jobs_done, c.jobs_lost, queued, self.jobs_in_progress()));
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

    /// Put a new instance in a free slot (or a new one). Returns the slot.
    pub(crate) fn spawn(&mut self, kind: Kind, number: u16, release: u16, replaces: u16) -> usize {
        let p = self.practices;
        let rel = self.releases[release as usize];
        let legacy = !self.on_platform;
        let inst = Instance {
            kind,
            number,
            phase: Phase::Booting,
            release,
            timer: if p.violates(Factor::Disposability) { SLOW_BOOT_TICKS } else { FAST_BOOT_TICKS },
            busy: 0,
            waiting: 0,
            jobs: [0; JOB_SLOTS],
            reachable: legacy || !p.violates(Factor::PortBinding),
            legacy,
            combined: kind == Kind::Web && p.violates(Factor::Concurrency),
            ignores_sigterm: p.violates(Factor::Disposability),
            logs_to_disk: p.violates(Factor::Logs),
            missing_convert: rel.undeclared_convert && !legacy,
            port_clash: false,
            bad_change: false,
            hand_patched: false,
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
        let reusable = (0..self.instances.len()).find(|&s| {
            self.instances[s].phase == Phase::Gone && !self.requests.iter().any(|r| r.instance as usize == s)
        });
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
