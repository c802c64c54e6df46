//! The simulation as the UI sees it: a [`Sim`] handle that owns one engine run (a
//! [`ChaosRun`]: a [`World`] and the events sent to it),
//! drives it on the engine's fixed step, and lets components read it reactively.
//!
//! Only this module and [`driver`] touch the world mutably; everything else reads it through
//! [`Sim::with`], which tracks the frame counter so views update when the world moves.

pub mod driver;
pub mod layout;
pub mod panel;
pub mod render;

use engine::chaos::ChaosRun;
use engine::clock::FrameClock;
use engine::{Input, Practices, Scenario, World, TICK_HZ};
use leptos::prelude::*;

/// What kind of world a [`Sim`] runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setup {
    /// A lesson: one scenario, its factor honoured or violated.
    Lesson(&'static Scenario),
    /// The sandbox: any mix of the twelve switches.
    Sandbox,
    /// An incident drill: switches hidden, and failures not attributed to a factor.
    Drill,
}

/// Speeds the learner can choose.
pub const SPEEDS: [u32; 3] = [1, 3, 10];

/// The seed a lesson's simulation starts from.
pub const DEFAULT_SEED: u64 = 1;

/// A handle to one running simulation. Cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct Sim {
    /// What this simulation is.
    pub setup: Setup,
    run_state: StoredValue<ChaosRun>,
    /// Bumped whenever the world changes; reading the world through [`Sim::with`] tracks it.
    pub frame: RwSignal<u64>,
    /// Whether time runs.
    pub playing: RwSignal<bool>,
    /// Simulated seconds per real second.
    pub speed: RwSignal<u32>,
    /// The twelve switches of the current run.
    pub practices: RwSignal<Practices>,
    /// The seed of the current run.
    pub seed: RwSignal<u64>,
    /// Whether the panel is on screen (no frames are drawn when it is not).
    pub visible: RwSignal<bool>,
    /// Counts fresh runs (reset, or a switch flipped), so exercises know a new run began.
    pub run: RwSignal<u32>,
    /// The lesson's challenge as judged on the current run: which conditions hold, and the
    /// status sentence (written by the challenge block, shown again beside the picture).
    pub goal: RwSignal<(Vec<bool>, String)>,
    /// Whether the learner has sent an event to the violating way on this page (the lesson's
    /// outcome section opens then, and the prediction is answered a little later).
    pub tried_violating: RwSignal<bool>,
    /// Events queued for later ticks (the solution replay): (tick, input).
    queued: StoredValue<Vec<(u64, Input)>>,
    /// Events every fresh run receives at their ticks (a mission's forecast).
    forecast: StoredValue<Vec<(u64, Input)>>,
    clock: StoredValue<FrameClock>,
}

/// Engine steps per press of "Step": a quarter of a simulated second, so the clock visibly moves.
pub const STEP_TICKS: u32 = TICK_HZ as u32 / 4;
/// The longest "next event" looks ahead, in simulated seconds.
pub const NEXT_EVENT_MAX_S: u64 = 30;

impl Sim {
    /// A lesson simulation, starting in the twelve-factor way unless `violating`.
    pub fn lesson(scenario: &'static Scenario, violating: bool, seed: u64) -> Sim {
        Sim::new(Setup::Lesson(scenario), scenario.practices(violating), seed)
    }

    /// A simulation of any setup with the given switches.
    pub fn new(setup: Setup, practices: Practices, seed: u64) -> Sim {
        Sim {
            setup,
            run_state: StoredValue::new(build(setup, practices, seed)),
            frame: RwSignal::new(0),
            playing: RwSignal::new(false),
            speed: RwSignal::new(1),
            practices: RwSignal::new(practices),
            seed: RwSignal::new(seed),
            visible: RwSignal::new(true),
            run: RwSignal::new(0),
            tried_violating: RwSignal::new(false),
            goal: RwSignal::new((Vec::new(), String::new())),
            queued: StoredValue::new(Vec::new()),
            forecast: StoredValue::new(Vec::new()),
            clock: StoredValue::new(FrameClock::new()),
        }
    }

    /// Read the world, tracking the frame so the caller re-runs when it changes.
    pub fn with<R>(&self, f: impl FnOnce(&World) -> R) -> R {
        self.frame.track();
        self.run_state.with_value(|r| f(r.world()))
    }

    /// Read the whole run (history, scorecard), tracking the frame.
    pub fn with_run<R>(&self, f: impl FnOnce(&ChaosRun) -> R) -> R {
        self.frame.track();
        self.run_state.with_value(f)
    }

    /// Change the run directly (the sandbox's chaos monkey), then redraw.
    pub fn update_run(&self, f: impl FnOnce(&mut ChaosRun)) {
        self.run_state.update_value(f);
        self.changed();
    }

    /// Replace the run with one rebuilt from a shared link: these switches, seed and events,
    /// run to `until_tick`, paused.
    pub fn restore(&self, practices: Practices, seed: u64, events: &[(u64, Input)], until_tick: u64) {
        self.practices.set(practices);
        self.seed.set(seed);
        let mut run = build(self.setup, practices, seed);
        // Events arrive in time order (the link decoder sorts them).
        run.play(events, until_tick);
        self.run_state.set_value(run);
        self.queued.update_value(Vec::clear);
        self.playing.set(false);
        self.run.update(|r| *r += 1);
        self.changed();
    }

    /// Read the world without tracking.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&World) -> R) -> R {
        self.run_state.with_value(|r| f(r.world()))
    }

    /// The lesson's scenario, if this is a lesson.
    pub fn scenario(&self) -> Option<&'static Scenario> {
        match self.setup {
            Setup::Lesson(s) => Some(s),
            Setup::Sandbox | Setup::Drill => None,
        }
    }

    /// Whether the lesson's own factor is violated in this run.
    pub fn violating(&self) -> bool {
        match self.setup {
            Setup::Lesson(s) => self.practices.with(|p| p.violates(s.factor)),
            Setup::Sandbox | Setup::Drill => self.practices.with(|p| p.to_bits() != 0),
        }
    }

    fn changed(&self) {
        self.frame.update(|f| *f += 1);
    }

    /// Send an event to the world. Time starts running if it was paused, so the learner
    /// sees what the event does.
    pub fn send(&self, input: Input) {
        self.run_state.update_value(|r| {
            r.send(input);
        });
        if self.is_violating_untracked() && !self.tried_violating.get_untracked() {
            self.tried_violating.set(true);
        }
        self.changed();
        self.playing.set(true);
    }

    /// Start a fresh run with the current switches and seed (and the forecast, if any).
    pub fn reset(&self) {
        let (practices, seed) = (self.practices.get_untracked(), self.seed.get_untracked());
        self.run_state.set_value(build(self.setup, practices, seed));
        self.queued.set_value(self.forecast.get_value());
        self.clock.update_value(FrameClock::settle);
        self.run.update(|r| *r += 1);
        self.changed();
    }

    /// Choose the switches and start a fresh run with them.
    pub fn set_practices(&self, practices: Practices) {
        self.practices.set(practices);
        self.reset();
    }

    /// In a lesson, whether the current run violates the lesson's factor (untracked).
    pub fn is_violating_untracked(&self) -> bool {
        match self.setup {
            Setup::Lesson(s) => self.practices.get_untracked().violates(s.factor),
            _ => false,
        }
    }

    /// In a lesson, choose the twelve-factor way (`false`) or the violating way (`true`).
    pub fn set_violating(&self, violating: bool) {
        if let Setup::Lesson(s) = self.setup {
            self.set_practices(s.practices(violating));
        }
    }

    /// Give every fresh run these events at their ticks (a mission's forecast).
    pub fn set_forecast(&self, events: Vec<(u64, Input)>) {
        self.forecast.set_value(events);
    }

    /// A fresh run with these switches, at `tick`, paused: the forecast's events before it
    /// played, the rest still to come.
    pub fn rewind_to(&self, practices: Practices, tick: u64) {
        self.practices.set(practices);
        let mut run = build(self.setup, practices, self.seed.get_untracked());
        let (past, future): (Vec<_>, Vec<_>) = self.forecast.get_value().into_iter().partition(|(t, _)| *t < tick);
        run.play(&past, tick);
        self.run_state.set_value(run);
        self.queued.set_value(future);
        self.playing.set(false);
        self.clock.update_value(FrameClock::settle);
        self.run.update(|r| *r += 1);
        self.changed();
    }

    /// Start over in a fresh run and send each planned input at its tick (see `engine::plan`).
    pub fn replay(&self, plan: &[(u64, Input)]) {
        self.reset();
        let start = self.run_state.with_value(|r| r.world().tick());
        let plan = plan.iter().map(|(at, input)| (start + at, *input)).collect();
        self.queued.set_value(plan);
        self.playing.set(true);
    }

    /// Advance by one visible unit of simulated time (the "step" control), pausing first.
    pub fn step_once(&self) {
        self.playing.set(false);
        self.advance_steps(STEP_TICKS);
    }

    /// Run on, paused, until something other than ordinary traffic happens: a log line that is
    /// not a served or failed request, or a change of status (at most [`NEXT_EVENT_MAX_S`]).
    pub fn step_to_next_event(&self) {
        self.playing.set(false);
        let (start_total, start_status) = self.run_state.with_value(|r| (r.world().log().total(), r.world().status_now()));
        for _ in 0..NEXT_EVENT_MAX_S * TICK_HZ {
            self.advance_quietly(1);
            let found = self.run_state.with_value(|r| {
                let w = r.world();
                let new = (w.log().total() - start_total) as usize;
                w.status_now() != start_status
                    || w.log().iter().rev().take(new).any(|l| !matches!(l.msg, engine::log::Msg::Served | engine::log::Msg::Failed(_)))
            });
            if found {
                break;
            }
        }
        self.changed();
    }

    /// Advance `n` steps, delivering queued events when their tick comes.
    pub fn advance_steps(&self, n: u32) {
        if n == 0 {
            return;
        }
        self.advance_quietly(n);
        self.changed();
    }

    /// [`Sim::advance_steps`] without redrawing.
    fn advance_quietly(&self, n: u32) {
        let queued = self.queued;
        self.run_state.update_value(|r| {
            // The queued events due in these steps, played as every run is (`ChaosRun::play`),
            // so a live run, its replay and the verifier's run are the same run.
            let until = r.world().tick() + u64::from(n);
            let mut due = Vec::new();
            queued.update_value(|q| {
                due = q.iter().copied().filter(|(at, _)| *at < until).collect();
                q.retain(|(at, _)| *at >= until);
            });
            due.sort_by_key(|(at, _)| *at);
            r.play(&due, until);
        });
    }

    /// Forget the frame clock, so time paused (or off screen) is not owed on resume.
    pub fn pause_clock(&self) {
        let _ = self.clock.try_update_value(FrameClock::pause);
    }

    /// Called once per animation frame with the current time: runs as many fixed steps as
    /// the elapsed real time (times the speed) owes (see [`FrameClock`]).
    pub fn on_frame(&self, now_ms: f64) {
        let speed = self.speed.get_untracked();
        let steps = self.clock.try_update_value(|c| c.frame(now_ms, speed)).unwrap_or(0);
        self.advance_steps(steps);
    }
}

fn build(setup: Setup, practices: Practices, seed: u64) -> ChaosRun {
    match setup {
        // Lesson switches always come from `Scenario::practices`: only the lesson's own factor varies.
        Setup::Lesson(s) => ChaosRun::from_world(World::for_scenario(s, practices.violates(s.factor), seed)),
        Setup::Sandbox | Setup::Drill => ChaosRun::new(seed, practices),
    }
}
