//! A sandbox run: one world with any mix of the twelve switches, the events thrown at it,
//! an optional chaos monkey, and what that did to each factor (the scorecard).
//!
//! Everything needed to replay a run exactly is its seed, its switches and its event history
//! (each event with the tick it was sent at); [`ChaosRun::replay`] rebuilds the same run.

use crate::{Factor, Input, Practices, Reason, Rng, Status, World, TICK_HZ};

/// Web instances a sandbox world starts with.
pub const SANDBOX_WEB: usize = 3;
/// Workers a sandbox world starts with.
pub const SANDBOX_WORKERS: usize = 2;
/// The most events a run keeps (and a shared link may carry).
pub const MAX_EVENTS: usize = 200;
/// Simulated seconds between the chaos monkey's events.
pub const MONKEY_EVERY_S: u64 = 4;

/// One event sent to the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sent {
    /// The tick it was sent at.
    pub tick: u64,
    /// What it was.
    pub input: Input,
    /// Failure counts per reason just before it, to tell what it caused.
    counts: [u32; Reason::COUNT],
}

/// What one event did to one factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing belonging to the factor failed after it.
    Survived,
    /// The factor's failure appeared after it (the first such reason, and how many times).
    Broke(Reason, u32),
}

/// A factor's line on the scorecard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactorScore {
    /// The factor.
    pub factor: Factor,
    /// Whether the run violates it.
    pub violated: bool,
    /// Per event sent (in order): what it did to this factor.
    pub outcomes: Vec<(Input, Outcome)>,
}

impl FactorScore {
    /// The events that broke this factor, each with its reason.
    pub fn broken_by(&self) -> impl Iterator<Item = (Input, Reason, u32)> + '_ {
        self.outcomes.iter().filter_map(|(i, o)| match o {
            Outcome::Broke(r, n) => Some((*i, *r, *n)),
            Outcome::Survived => None,
        })
    }
}

/// A line of the incident timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    /// An event was sent.
    Event { tick: u64, input: Input, by_monkey: bool },
    /// After an event, a failure appeared (with how often, until the next event).
    Failure { after: Input, reason: Reason, count: u32 },
}

/// A sandbox run.
#[derive(Clone, Debug)]
pub struct ChaosRun {
    world: World,
    history: Vec<Sent>,
    monkey_events: Vec<bool>,
    monkey: Option<Rng>,
    next_monkey_tick: u64,
}

fn counts(w: &World) -> [u32; Reason::COUNT] {
    let mut c = [0; Reason::COUNT];
    for (d, n) in w.diagnoses() {
        c[d.reason.index()] = n;
    }
    c
}

/// See [`ChaosRun::score_key`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScoreKey {
    events: usize,
    monkey: usize,
    failures: [u32; Reason::COUNT],
    practices: Practices,
}

impl ChaosRun {
    /// A fresh run with these switches.
    pub fn new(seed: u64, practices: Practices) -> ChaosRun {
        ChaosRun {
            world: World::new(seed, practices, SANDBOX_WEB, SANDBOX_WORKERS),
            history: Vec::new(),
            monkey_events: Vec::new(),
            monkey: None,
            next_monkey_tick: 0,
        }
    }

    /// A run around an existing world (a lesson's), with an empty history.
    pub fn from_world(world: World) -> ChaosRun {
        ChaosRun { world, history: Vec::new(), monkey_events: Vec::new(), monkey: None, next_monkey_tick: 0 }
    }

    /// Rebuild a run from its seed, switches and history, and run it to `until_tick`
    /// (at least to its last event). Events beyond [`MAX_EVENTS`] are ignored.
    pub fn replay(seed: u64, practices: Practices, events: &[(u64, Input)], until_tick: u64) -> ChaosRun {
        let mut run = ChaosRun::new(seed, practices);
        let mut events: Vec<(u64, Input)> = events.iter().copied().filter(|(_, i)| !matches!(i, Input::SetPractice(..))).take(MAX_EVENTS).collect();
        events.sort_by_key(|(t, _)| *t);
        run.play(&events, until_tick);
        run
    }

    /// Send each event at its tick (events in time order; one already due is sent now), then
    /// run on to `until_tick`. An event due at a tick is sent before the step from it. This is
    /// the one way a run is played: live in the app, replayed from a link, and by the tests
    /// and the challenge verifier.
    pub fn play(&mut self, events: &[(u64, Input)], until_tick: u64) {
        self.play_until(events, until_tick, |_| false);
    }

    /// [`ChaosRun::play`], watching the world after every step: stops as soon as `stop` says
    /// so, and returns that tick (or `None` if it never did).
    pub fn play_until(&mut self, events: &[(u64, Input)], until_tick: u64, mut stop: impl FnMut(&World) -> bool) -> Option<u64> {
        let mut next = 0;
        loop {
            while let Some(&(_, input)) = events.get(next).filter(|(t, _)| *t <= self.world.tick()) {
                self.send(input);
                next += 1;
            }
            if self.world.tick() >= until_tick && next == events.len() {
                return None;
            }
            self.step();
            if stop(&self.world) {
                return Some(self.world.tick());
            }
        }
    }

    /// The world.
    pub fn world(&self) -> &World {
        &self.world
    }

    /// Events sent so far, with their ticks.
    pub fn history(&self) -> impl Iterator<Item = (u64, Input)> + '_ {
        self.history.iter().map(|s| (s.tick, s.input))
    }

    /// Send an event now. Ignored (returns false) once [`MAX_EVENTS`] have been sent, or for
    /// a switch change (a different mix of switches is a different run).
    pub fn send(&mut self, input: Input) -> bool {
        if self.history.len() >= MAX_EVENTS || matches!(input, Input::SetPractice(..)) {
            return false;
        }
        self.history.push(Sent { tick: self.world.tick(), input, counts: counts(&self.world) });
        self.monkey_events.push(false);
        self.world.apply(input);
        true
    }

    /// Let the chaos monkey send a random event every few seconds (`Some(seed)`), or stop it.
    pub fn set_monkey(&mut self, seed: Option<u64>) {
        self.monkey = seed.map(Rng::new);
        self.next_monkey_tick = self.world.tick() + TICK_HZ;
    }

    /// Whether the chaos monkey is on.
    pub fn monkey_on(&self) -> bool {
        self.monkey.is_some()
    }

    /// One fixed step, with the monkey's event when it is due.
    pub fn step(&mut self) {
        self.world.step();
        if self.world.tick() >= self.next_monkey_tick {
            if let Some(rng) = &mut self.monkey {
                let input = Input::EVENTS[rng.below(Input::EVENTS.len() as u32) as usize];
                self.next_monkey_tick = self.world.tick() + MONKEY_EVERY_S * TICK_HZ;
                if self.send(input) {
                    *self.monkey_events.last_mut().expect("just sent") = true;
                }
            }
        }
    }

    /// Step until `tick`.
    pub fn run_to(&mut self, tick: u64) {
        while self.world.tick() < tick {
            self.step();
        }
    }

    /// Failures per reason caused by each event. A failure seen after event `i` belongs to the
    /// latest event up to `i` that can cause that kind of failure (a slow restart's lost carts
    /// may only show after the next event was sent), or to event `i` if none can.
    fn caused(&self) -> Vec<[u32; Reason::COUNT]> {
        let now = counts(&self.world);
        let mut out = vec![[0; Reason::COUNT]; self.history.len()];
        for i in 0..self.history.len() {
            let start = &self.history[i].counts;
            let end = self.history.get(i + 1).map_or(&now, |s| &s.counts);
            for r in Reason::ALL {
                let n = end[r.index()].saturating_sub(start[r.index()]);
                if n > 0 {
                    let j = (0..=i).rev().find(|&j| can_cause(self.history[j].input, r)).unwrap_or(i);
                    out[j][r.index()] += n;
                }
            }
        }
        out
    }

    /// Everything the scorecard and the timeline depend on: they change only when this does
    /// (a new event, a new failure, other switches), so a view can skip recomputing them.
    pub fn score_key(&self) -> ScoreKey {
        ScoreKey {
            events: self.history.len(),
            monkey: self.monkey_events.iter().filter(|m| **m).count(),
            failures: counts(&self.world),
            practices: self.world.practices(),
        }
    }

    /// Per factor: honoured or violated, and what each event did to it.
    pub fn scorecard(&self) -> Vec<FactorScore> {
        let caused = self.caused();
        Factor::ALL
            .iter()
            .map(|&factor| {
                let outcomes = self
                    .history
                    .iter()
                    .zip(&caused)
                    .map(|(sent, c)| {
                        let hit = Reason::ALL.iter().find(|r| r.factor() == Some(factor) && c[r.index()] > 0);
                        (sent.input, hit.map_or(Outcome::Survived, |r| Outcome::Broke(*r, c[r.index()])))
                    })
                    .collect();
                FactorScore { factor, violated: self.world.practices().violates(factor), outcomes }
            })
            .collect()
    }

    /// Events and the failures that followed them, in order.
    pub fn timeline(&self) -> Vec<Moment> {
        let caused = self.caused();
        let mut out = Vec::new();
        for (i, sent) in self.history.iter().enumerate() {
            out.push(Moment::Event { tick: sent.tick, input: sent.input, by_monkey: self.monkey_events[i] });
            let c = caused[i];
            for r in Reason::ALL {
                if c[r.index()] > 0 {
                    out.push(Moment::Failure { after: sent.input, reason: r, count: c[r.index()] });
                }
            }
        }
        out
    }

    /// Overall status right now (the sandbox shows the live view, not the first break).
    pub fn status(&self) -> Status {
        self.world.status_now()
    }
}

/// Whether `input` can, by the engine's rules, lead to a failure of kind `reason`.
///
/// A disk that fills with logs crashes instances, and what a restart can cause may follow;
/// `FillDisk` is still not counted among the events that churn instances, because the
/// scorecard attributes by counts and kinds, not by cause: a slow restart's lost carts, seen
/// after the disk was filled, would go to the disk. Those failures go to the last
/// restart-like event before it instead, or to the disk when there is none.
pub fn can_cause(input: Input, reason: Reason) -> bool {
    use Input::*;
    use Reason::*;
    // Events that stop, replace or add instances.
    let churn =
        matches!(input, Deploy | Rollback | RestartAll | ScaleOut | ScaleIn | RetireOldServer | ScaleWorkers | CrashInstance | SigtermAll | ShipBadChange);
    // Events after which the on-call engineer makes a release and rolls it out.
    let releases = matches!(input, FailDatabase | RotateCredential | AddCredential);
    let rolls = churn || releases;
    match reason {
        CartLost | KilledInFlight | JobRanTwice | SlowStart => rolls,
        LogsLost => rolls || input == FillDisk,
        HotfixLost => rolls,
        PortNotBound => churn,
        // A new laptop set up from the repository meets the undeclared dependency too.
        MissingBinary => churn || input == NewLaptop,
        WroteToProdDatabase => input == DeployStaging,
        CredentialRejected | LoginRefused => matches!(input, RotateCredential),
        DatabaseUnreachable | DatabaseDown => input == FailDatabase,
        NoReleaseToRollBack => matches!(input, ShipBadChange | Rollback),
        BadRelease => matches!(input, ShipBadChange | RestartAll | SigtermAll | CrashInstance),
        // Jobs pile up while instances are down or the database is away, then run at once.
        WebStarvedByJobs => rolls || matches!(input, JobSpike | TrafficSpike),
        ProdOnlyQueryError => releases || matches!(input, Deploy | Rollback | ShipBadChange),
        DiskFull => input == FillDisk,
        SchemaMismatch | ColumnDropped => matches!(input, RunMigration | Contract | Deploy | Rollback),
        Overloaded | InstanceCrashed | NoInstances => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_score_key_changes_exactly_when_the_scorecard_or_timeline_can() {
        let mut run = ChaosRun::new(3, crate::legacy_preset());
        let (key, card, moments) = (run.score_key(), run.scorecard(), run.timeline());
        run.run_to(3 * TICK_HZ);
        assert_eq!(run.score_key(), key, "ordinary traffic changes nothing");
        assert_eq!((run.scorecard(), run.timeline()), (card, moments));
        run.send(Input::RestartAll);
        assert_ne!(run.score_key(), key, "an event does");
        // Steps that add failures change it; steps that do not, do not; and the scorecard with it.
        let mut changes = 0;
        for _ in 0..20 * TICK_HZ {
            let (key, card, moments) = (run.score_key(), run.scorecard(), run.timeline());
            run.step();
            if run.score_key() == key {
                assert_eq!((run.scorecard(), run.timeline()), (card, moments), "at tick {}", run.world().tick());
            } else {
                changes += 1;
            }
        }
        assert!(changes >= 1, "the restart lost carts in the legacy app");
    }

    fn play(run: &mut ChaosRun, events: &[Input]) {
        run.run_to(run.world().tick() + 2 * TICK_HZ);
        for e in events {
            run.send(*e);
            run.run_to(run.world().tick() + 6 * TICK_HZ);
        }
        run.run_to(run.world().tick() + 10 * TICK_HZ);
    }

    #[test]
    fn replay_reproduces_a_run_exactly() {
        let mut run = ChaosRun::new(9, crate::legacy_preset());
        play(&mut run, &[Input::Deploy, Input::RestartAll, Input::FillDisk]);
        let history: Vec<_> = run.history().collect();
        let again = ChaosRun::replay(9, crate::legacy_preset(), &history, run.world().tick());
        assert_eq!(again.world().trace_hash(), run.world().trace_hash());
        assert_eq!(again.scorecard(), run.scorecard());
    }

    #[test]
    fn scorecard_blames_the_event_that_broke_a_factor() {
        let mut p = Practices::all_compliant();
        p.set(Factor::Processes, crate::Practice::Violating);
        let mut run = ChaosRun::new(3, p);
        play(&mut run, &[Input::TrafficSpike, Input::RestartAll]);
        let card = run.scorecard();
        let processes = &card[Factor::Processes.index()];
        assert!(processes.violated);
        assert_eq!(processes.outcomes[0], (Input::TrafficSpike, Outcome::Survived));
        assert!(matches!(processes.outcomes[1], (Input::RestartAll, Outcome::Broke(Reason::CartLost, _))));
        assert!(run.timeline().iter().any(|m| matches!(m, Moment::Failure { after: Input::RestartAll, reason: Reason::CartLost, .. })));
        for f in card.iter().filter(|f| f.factor != Factor::Processes) {
            assert_eq!(f.broken_by().count(), 0, "{:?}", f.factor);
        }
    }

    #[test]
    fn late_failures_go_to_the_event_that_can_cause_them() {
        let mut p = Practices::all_compliant();
        p.set(Factor::Processes, crate::Practice::Violating);
        p.set(Factor::Disposability, crate::Practice::Violating);
        let mut run = ChaosRun::new(4, p);
        run.run_to(2 * TICK_HZ);
        run.send(Input::RestartAll);
        run.run_to(run.world().tick() + TICK_HZ);
        run.send(Input::FillDisk); // sent before the slow restart has lost the carts
        run.run_to(run.world().tick() + 40 * TICK_HZ);
        let card = run.scorecard();
        let outcomes = &card[Factor::Processes.index()].outcomes;
        assert!(matches!(outcomes[0], (Input::RestartAll, Outcome::Broke(Reason::CartLost, _))), "{outcomes:?}");
        assert_eq!(outcomes[1], (Input::FillDisk, Outcome::Survived));
    }

    #[test]
    fn history_is_bounded_and_switches_are_not_events() {
        let mut run = ChaosRun::new(1, Practices::all_compliant());
        assert!(!run.send(Input::SetPractice(Factor::Logs, crate::Practice::Violating)));
        for _ in 0..MAX_EVENTS + 5 {
            run.send(Input::TrafficSpike);
        }
        assert_eq!(run.history().count(), MAX_EVENTS);
    }

    #[test]
    fn the_monkey_sends_events_and_marks_them() {
        let mut run = ChaosRun::new(5, Practices::all_compliant());
        run.set_monkey(Some(42));
        run.run_to(30 * TICK_HZ);
        let n = run.history().count();
        assert!((6..=8).contains(&n), "{n} events in 30 s");
        assert!(run.timeline().iter().all(|m| !matches!(m, Moment::Event { by_monkey: false, .. })));
    }
}
