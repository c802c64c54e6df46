//! Incident drills are fair: every generated drill can be diagnosed from what the learner can
//! see, and a symptom never points at a factor that is honoured.

use std::collections::BTreeSet;
use tfp_engine::drill::{Drill, Observation, MAX_LEVEL, PROBES};
use tfp_engine::{Factor, Practices, Rng};

/// Seeds per level checked for diagnosability.
const SEEDS: u64 = 1000;

/// The lemma the proof rests on: in any mix of switches, after any probe, every reason the
/// simulation records that belongs to a factor belongs to a violated one.
#[test]
fn a_symptom_only_ever_names_a_violated_factor() {
    let mut rng = Rng::new(2026);
    for _ in 0..120 {
        let hidden: Vec<Factor> = {
            let p = Practices::from_bits(rng.below(4096) as u16);
            Factor::ALL.iter().copied().filter(|f| p.violates(*f)).collect()
        };
        let d = Drill { seed: rng.next_u64(), level: 1, hidden: hidden.clone(), schedule: vec![], probes: vec![], max_probes: 0 };
        for p in std::iter::once(None).chain(PROBES.iter().map(Some)) {
            for f in d.observe(p).implicated() {
                assert!(hidden.contains(&f), "{f:?} named after {:?} though honoured (violated: {hidden:?})", p.map(|p| p.code));
            }
        }
    }
}

/// All sets of `k` factors.
fn answers(k: usize) -> Vec<BTreeSet<Factor>> {
    (0u16..4096).filter(|b| b.count_ones() as usize == k).map(|b| Factor::ALL.iter().copied().filter(|f| b & (1 << f.index()) != 0).collect()).collect()
}

fn diagnosable(level: u8) {
    let others = answers(usize::from(level));
    for seed in 0..SEEDS {
        let d = Drill::generate(seed, level);
        let hidden: BTreeSet<Factor> = d.hidden.iter().copied().collect();
        let base = d.observe(None);
        let probes: Vec<Observation> = d.probes.iter().map(|p| d.observe(Some(p))).collect();
        // Sound: nothing seen names an honoured factor.
        for o in std::iter::once(&base).chain(&probes) {
            assert!(o.implicated().iter().all(|f| hidden.contains(f)), "seed {seed} level {level}: a symptom names an honoured factor");
        }
        // Within the probe limit, some choice of offered probes shows every hidden factor;
        // and what that choice shows rules out every other answer of the same size.
        let k = d.probes.len();
        let best = (0u32..1 << k)
            .filter(|m| m.count_ones() as usize <= d.max_probes)
            .map(|m| {
                let mut seen: BTreeSet<Factor> = base.implicated().into_iter().collect();
                for (_, o) in probes.iter().enumerate().filter(|(i, _)| m & (1 << i) != 0) {
                    seen.extend(o.implicated());
                }
                seen
            })
            .find(|seen| *seen == hidden);
        let seen = best.unwrap_or_else(|| panic!("seed {seed} level {level}: no {} probes reveal {hidden:?}", d.max_probes));
        for other in others.iter().filter(|o| **o != hidden) {
            assert!(seen.iter().any(|f| !other.contains(f)), "seed {seed} level {level}: {other:?} fits what was seen");
        }
        // And the incident alone does not give the whole answer away.
        assert!(base.implicated().len() < hidden.len(), "seed {seed} level {level}: nothing left to probe");
    }
}

#[test]
fn every_one_factor_drill_is_diagnosable() {
    diagnosable(1);
}

#[test]
fn every_two_factor_drill_is_diagnosable() {
    diagnosable(2);
}

#[test]
fn every_three_factor_drill_is_diagnosable() {
    diagnosable(MAX_LEVEL);
}

const PINNED_HIDDEN: [&str; 2] = ["concurrency", "disposability"];
const PINNED_PROBES: [&str; 5] = ["scale-out", "job-spike", "fail-db", "sigterm", "bad-change"];

#[test]
fn a_drill_is_the_same_on_every_machine() {
    // Pinned: a change here changes what every shared drill link shows.
    let d = Drill::generate(42, 2);
    let names: Vec<&str> = d.hidden.iter().map(|f| f.slug()).collect();
    let probes: Vec<&str> = d.probes.iter().map(|p| p.code).collect();
    let view = d.view(None);
    let first: Vec<tfp_engine::LogLine> = view.world().log().iter().take(3).copied().collect();
    assert_eq!(Drill::generate(42, 2), d);
    assert_eq!(Drill::generate(42, 2).view(None).world().log().iter().take(3).copied().collect::<Vec<_>>(), first);
    assert_eq!(names, PINNED_HIDDEN);
    assert_eq!(probes, PINNED_PROBES);
}
