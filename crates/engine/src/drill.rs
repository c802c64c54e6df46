//! Incident drills: an app with one to three hidden violated factors, running in production,
//! and a handful of probes the on-call learner may run before naming the broken factors.
//!
//! A drill is built from its seed and level alone, so a link carries it whole. What the
//! learner sees is the base incident (the app run for [`INCIDENT_S`] under a seeded schedule of
//! routine events) and, per probe, a copy of that incident with one more event sent at the
//! moment they arrived, run [`PROBE_S`] seconds further. Each probe starts from the same
//! moment, so the order probes are run in changes nothing.
//!
//! **Why every drill can be diagnosed.** The simulation records a failure reason that belongs
//! to a factor only when that factor is violated (checked over random switch sets in the
//! tests). So every factor named by an observed reason is violated. The generator keeps a
//! drill only if, with the probes it offers (and no more than the learner may run), every
//! hidden factor shows at least one of its own reasons. Then for any other answer of the same
//! size, some hidden factor it leaves out was seen failing, and that answer is ruled out.

use crate::chaos::ChaosRun;
use crate::{Factor, Input, Practice, Practices, Reason, Rng, World, TICK_HZ};

/// Simulated seconds the incident has been running when the learner arrives.
pub const INCIDENT_S: u64 = 12;
/// Simulated seconds a probe runs after its event.
pub const PROBE_S: u64 = 24;
/// The hardest level (hidden factors).
pub const MAX_LEVEL: u8 = 3;
/// Probes offered per drill (some reveal nothing: choosing well is part of the skill).
pub const OFFERED: usize = 5;

/// Routine production events the base incident's schedule is drawn from.
const ROUTINE: [Input; 4] = [Input::Deploy, Input::TrafficSpike, Input::RestartAll, Input::ScaleOut];

/// Something the learner can do to the incident's copy: one event, or a short procedure
/// (a bad change and its rollback: whether a rollback works is the symptom of factor V).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Probe {
    /// Stable code for links and tests (`deploy`, `bad-change+rollback`).
    pub code: &'static str,
    /// Its first event, sent when it starts.
    pub first: Input,
    /// A follow-up event, this many simulated seconds later.
    pub then: Option<(u64, Input)>,
}

/// Every probe a drill may offer: each chaos event on its own, and one procedure.
pub const PROBES: [Probe; Input::EVENTS.len() + 1] = {
    let mut all = [Probe { code: "bad-change+rollback", first: Input::ShipBadChange, then: Some((4, Input::Rollback)) }; Input::EVENTS.len() + 1];
    let mut i = 0;
    while i < Input::EVENTS.len() {
        let e = Input::EVENTS[i];
        all[i] = Probe { code: e.code(), first: e, then: None };
        i += 1;
    }
    all
};

impl Probe {
    /// The probe with this code.
    pub fn from_code(code: &str) -> Option<&'static Probe> {
        PROBES.iter().find(|p| p.code == code)
    }

    /// Its events, in simulated seconds after it starts.
    pub fn steps(&self) -> impl Iterator<Item = (u64, Input)> {
        std::iter::once((0, self.first)).chain(self.then)
    }
}

/// One generated incident.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drill {
    /// The seed it was generated from (and the seed of its world).
    pub seed: u64,
    /// How many factors are hidden (1–3).
    pub level: u8,
    /// The violated factors, in factor order.
    pub hidden: Vec<Factor>,
    /// Routine events before the learner arrives: (tick, input).
    pub schedule: Vec<(u64, Input)>,
    /// The probes offered, in the order shown.
    pub probes: Vec<&'static Probe>,
    /// How many probes the learner may run.
    pub max_probes: usize,
}

/// What one view of the incident showed: the failure reasons recorded, with counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Observation {
    /// Each reason seen and how often, in the engine's reason order.
    pub reasons: Vec<(Reason, u32)>,
}

impl Observation {
    fn of(world: &World) -> Observation {
        let mut reasons: Vec<(Reason, u32)> = world.diagnoses().map(|(d, n)| (d.reason, n)).filter(|(_, n)| *n > 0).collect();
        reasons.sort_by_key(|(r, _)| r.index());
        Observation { reasons }
    }

    /// The factors the observed reasons belong to.
    pub fn implicated(&self) -> Vec<Factor> {
        let mut out: Vec<Factor> = self.reasons.iter().filter_map(|(r, _)| r.factor()).collect();
        out.sort_by_key(|f| f.index());
        out.dedup();
        out
    }
}

/// How one factor fared in a graded answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub factor: Factor,
    /// Whether it was hidden (violated).
    pub hidden: bool,
    /// Whether the learner named it.
    pub named: bool,
    /// What pointed to it in the views the learner looked at: (probe or `None` for the
    /// incident itself, reason).
    pub evidence: Vec<(Option<&'static Probe>, Reason)>,
}

/// A graded answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grade {
    /// Exactly the hidden factors were named.
    pub right: bool,
    /// Every factor that was hidden or named, in factor order.
    pub verdicts: Vec<Verdict>,
}

impl Drill {
    /// The drill for this seed and level (clamped to 1–3). Deterministic: the same seed and
    /// level give the same drill on every machine.
    pub fn generate(seed: u64, level: u8) -> Drill {
        let level = level.clamp(1, MAX_LEVEL);
        let mut rng = Rng::new(seed ^ 0x0d71_1100 ^ u64::from(level) << 56);
        loop {
            if let Some(d) = Drill::attempt(seed, level, &mut rng) {
                return d;
            }
        }
    }

    /// One try: hidden factors and a schedule from `rng`; `None` if no offer of probes within
    /// the limit reveals every hidden factor.
    fn attempt(seed: u64, level: u8, rng: &mut Rng) -> Option<Drill> {
        let mut hidden: Vec<Factor> = Vec::new();
        while hidden.len() < usize::from(level) {
            let f = Factor::ALL[rng.below(Factor::COUNT as u32) as usize];
            if !hidden.contains(&f) {
                hidden.push(f);
            }
        }
        hidden.sort_by_key(|f| f.index());
        let routine = 1 + rng.below(2) as usize;
        let mut schedule: Vec<(u64, Input)> =
            (0..routine).map(|k| ((2 + 5 * k as u64 + u64::from(rng.below(3))) * TICK_HZ, ROUTINE[rng.below(ROUTINE.len() as u32) as usize])).collect();
        schedule.sort_by_key(|(t, _)| *t);
        let max_probes = usize::from(level) + 1;
        let mut d = Drill { seed, level, hidden, schedule, probes: Vec::new(), max_probes };
        // What the incident and each possible probe reveal.
        let base = d.observe(None).implicated();
        if base.len() == d.hidden.len() {
            return None; // the incident alone gives everything away: no drill
        }
        let arrived = d.arrived();
        let reveals: Vec<(&'static Probe, Vec<Factor>)> = PROBES.iter().map(|p| (p, Observation::of(d.continued(&arrived, p).world()).implicated())).collect();
        // Greedy cover of the hidden factors the incident does not already show, preferring
        // (from a shuffled order) probes that reveal the most.
        let mut order: Vec<usize> = (0..reveals.len()).collect();
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i as u32 + 1) as usize);
        }
        let mut missing: Vec<Factor> = d.hidden.iter().copied().filter(|f| !base.contains(f)).collect();
        let mut chosen: Vec<&'static Probe> = Vec::new();
        while !missing.is_empty() {
            let best = order
                .iter()
                .map(|&i| &reveals[i])
                .filter(|(e, _)| !chosen.contains(e))
                .max_by_key(|(_, r)| missing.iter().filter(|f| r.contains(f)).count())?;
            let gain = missing.iter().filter(|f| best.1.contains(f)).count();
            if gain == 0 {
                return None;
            }
            chosen.push(best.0);
            missing.retain(|f| !best.1.contains(f));
        }
        if chosen.len() > max_probes {
            return None;
        }
        // Fill the offer with other events, then shuffle it so position gives nothing away.
        for &i in &order {
            if chosen.len() >= OFFERED {
                break;
            }
            if !chosen.contains(&reveals[i].0) {
                chosen.push(reveals[i].0);
            }
        }
        for i in (1..chosen.len()).rev() {
            chosen.swap(i, rng.below(i as u32 + 1) as usize);
        }
        d.probes = chosen;
        Some(d)
    }

    /// The switches: the hidden factors violated, the rest honoured.
    pub fn practices(&self) -> Practices {
        let mut p = Practices::all_compliant();
        for &f in &self.hidden {
            p.set(f, Practice::Violating);
        }
        p
    }

    /// The tick the learner arrives at (and probes are sent at).
    pub fn arrival_tick(&self) -> u64 {
        INCIDENT_S * TICK_HZ
    }

    /// The tick a probe's view ends at.
    pub fn probe_end_tick(&self) -> u64 {
        (INCIDENT_S + PROBE_S) * TICK_HZ
    }

    /// The incident as the learner arrives.
    pub fn arrived(&self) -> ChaosRun {
        let mut run = ChaosRun::new(self.seed, self.practices());
        run.play(&self.schedule, self.arrival_tick());
        run
    }

    /// A probe's copy of the arrived incident, run to the probe's end.
    fn continued(&self, arrived: &ChaosRun, probe: &Probe) -> ChaosRun {
        let mut run = arrived.clone();
        run.play(&self.probe_events(probe)[self.schedule.len()..], self.probe_end_tick());
        run
    }

    /// All events of a probe's view, as a shared run carries them: the schedule, then the
    /// probe's steps from the moment of arrival.
    pub fn probe_events(&self, probe: &Probe) -> Vec<(u64, Input)> {
        let mut ev = self.schedule.clone();
        ev.extend(probe.steps().map(|(s, i)| (self.arrival_tick() + s * TICK_HZ, i)));
        ev
    }

    /// The run the learner looks at: the incident as they arrive (`None`), or a probe's copy
    /// of it, run to its end.
    pub fn view(&self, probe: Option<&Probe>) -> ChaosRun {
        let arrived = self.arrived();
        match probe {
            Some(p) => self.continued(&arrived, p),
            None => arrived,
        }
    }

    /// What a view shows.
    pub fn observe(&self, probe: Option<&Probe>) -> Observation {
        Observation::of(self.view(probe).world())
    }

    /// Grade an answer, given the probes the learner ran (only what they looked at counts
    /// as evidence; probes not offered are ignored).
    pub fn grade(&self, answer: &[Factor], probes_run: &[&str]) -> Grade {
        let mut views: Vec<(Option<&'static Probe>, Observation)> = vec![(None, self.observe(None))];
        let run = self.probes.iter().copied().filter(|p| probes_run.contains(&p.code));
        for p in run.take(self.max_probes) {
            views.push((Some(p), self.observe(Some(p))));
        }
        let verdicts: Vec<Verdict> = Factor::ALL
            .iter()
            .filter(|f| self.hidden.contains(f) || answer.contains(f))
            .map(|&factor| {
                let mut evidence = Vec::new();
                for (probe, o) in &views {
                    for &(r, _) in &o.reasons {
                        if r.factor() == Some(factor) && !evidence.iter().any(|(_, e)| *e == r) {
                            evidence.push((*probe, r));
                        }
                    }
                }
                Verdict { factor, hidden: self.hidden.contains(&factor), named: answer.contains(&factor), evidence }
            })
            .collect();
        Grade { right: verdicts.iter().all(|v| v.hidden == v.named), verdicts }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_drill() {
        for seed in 0..20 {
            for level in 1..=MAX_LEVEL {
                assert_eq!(Drill::generate(seed, level), Drill::generate(seed, level));
            }
        }
    }

    #[test]
    fn levels_hide_that_many_factors_and_offer_enough_probes() {
        for seed in 0..30 {
            for level in 1..=MAX_LEVEL {
                let d = Drill::generate(seed, level);
                assert_eq!(d.hidden.len(), usize::from(level));
                assert_eq!(d.probes.len(), OFFERED);
                assert_eq!(d.max_probes, usize::from(level) + 1);
                let mut p = d.probes.clone();
                p.dedup();
                assert_eq!(p.len(), OFFERED, "no probe offered twice");
            }
        }
    }

    #[test]
    fn the_right_answer_is_graded_right_and_a_wrong_one_wrong() {
        let d = Drill::generate(7, 2);
        let all: Vec<&str> = d.probes.iter().map(|p| p.code).collect();
        let g = d.grade(&d.hidden, &all);
        assert!(g.right);
        assert!(g.verdicts.iter().all(|v| v.hidden && v.named && !v.evidence.is_empty()), "{g:?}");
        let other = Factor::ALL.iter().copied().find(|f| !d.hidden.contains(f)).unwrap();
        let wrong = [d.hidden[0], other];
        let g = d.grade(&wrong, &all);
        assert!(!g.right);
        let v = g.verdicts.iter().find(|v| v.factor == other).unwrap();
        assert!(v.named && !v.hidden && v.evidence.is_empty(), "nothing pointed at the wrong factor");
    }
}
