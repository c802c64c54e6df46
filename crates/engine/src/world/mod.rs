//! The simulated deployment: the `World`, its constructors and the fixed step. By purpose:
//! `parts` (what a world is made of), `inputs` (what each event does), `flow` (requests, jobs,
//! boots and deploys, step by step), `status` (health and diagnoses), `read` (what the UI may
//! read), `metrics` (the named figures challenges check), `hash` (fingerprints),
//! `invariants` (the bookkeeping checks).
//!
//! Everything lives in preallocated storage (instances, requests, log ring), so the steady
//! state of [`World::step`] does not allocate. All randomness comes from the [`Rng`] inside.

mod flow;
mod hash;
mod inputs;
mod invariants;
mod metrics;
mod parts;
mod read;
mod status;

pub(crate) use hash::commit_id;
pub use parts::{Counters, Instance, Kind, Laptop, Leg, Phase, Release, Request, Services, Staging, NEW_COLUMN, OLD_COLUMN};
pub(crate) use parts::{Op, User};

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
