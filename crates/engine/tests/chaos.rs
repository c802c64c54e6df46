//! The sandbox's rules: the all-compliant app survives every event; each single violated
//! factor makes at least one event fail with that factor named; random chaos never panics,
//! keeps every request accounted for, and replays identically.

use proptest::prelude::*;
use tfp_engine::chaos::{ChaosRun, Outcome};
use tfp_engine::{Factor, Input, Practice, Practices, Reason, Status, TICK_HZ};

fn every_event(run: &mut ChaosRun) {
    run.run_to(run.world().tick() + 2 * TICK_HZ);
    for e in Input::EVENTS {
        run.send(e);
        run.run_to(run.world().tick() + 8 * TICK_HZ);
        run.world().check_invariants().unwrap();
    }
    run.run_to(run.world().tick() + 15 * TICK_HZ);
}

#[test]
fn the_all_compliant_app_survives_every_event() {
    for seed in 1..=4 {
        let mut run = ChaosRun::new(seed, Practices::all_compliant());
        every_event(&mut run);
        for score in run.scorecard() {
            assert_eq!(score.broken_by().count(), 0, "seed {seed}: {:?} broke: {:?}", score.factor, score.broken_by().collect::<Vec<_>>());
        }
        assert_ne!(run.world().status(), Status::Broken, "seed {seed}: {:?}", run.world().incident());
    }
}

#[test]
fn each_violated_factor_fails_visibly_under_some_event() {
    for f in Factor::ALL {
        for seed in 1..=3 {
            let mut p = Practices::all_compliant();
            p.set(f, Practice::Violating);
            let mut run = ChaosRun::new(seed, p);
            every_event(&mut run);
            let card = run.scorecard();
            let score = &card[f.index()];
            assert!(score.violated);
            assert!(score.broken_by().count() > 0, "seed {seed}: violating {f:?} survived every event");
            for (_, reason, _) in score.broken_by() {
                assert_eq!(reason.factor(), Some(f));
            }
            // Nothing else is blamed: the other factors are honoured.
            for other in card.iter().filter(|s| s.factor != f) {
                assert!(other.outcomes.iter().all(|(_, o)| *o == Outcome::Survived), "seed {seed}: violating {f:?} blamed {:?}", other.factor);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn random_chaos_never_panics_and_replays(seed in any::<u64>(), bits in 0u16..4096, monkey in any::<u64>()) {
        let mut run = ChaosRun::new(seed, Practices::from_bits(bits));
        run.set_monkey(Some(monkey));
        for _ in 0..40 {
            run.run_to(run.world().tick() + TICK_HZ);
            prop_assert!(run.world().check_invariants().is_ok(), "{:?}", run.world().check_invariants());
        }
        let history: Vec<_> = run.history().collect();
        let again = ChaosRun::replay(seed, Practices::from_bits(bits), &history, run.world().tick());
        prop_assert_eq!(again.world().trace_hash(), run.world().trace_hash());
        let _ = run.scorecard();
        let _ = run.timeline();
    }
}

/// The failures a run has seen, by reason.
fn reasons(run: &ChaosRun) -> Vec<Reason> {
    let mut r: Vec<_> = run.world().diagnoses().map(|(d, _)| d.reason).collect();
    r.sort_by_key(|r| format!("{r:?}"));
    r.dedup();
    r
}

/// `chaos::can_cause` is what the scorecard blames events by: every failure an event brings
/// about, on its own, must be one it says the event can cause. A new event (or a new effect of
/// an old one) that is missing there fails here, naming the pair.
#[test]
fn every_failure_an_event_brings_is_one_can_cause_knows() {
    let mut sets = vec![Practices::all_compliant(), Practices::from_bits(u16::MAX)];
    sets.extend(Factor::ALL.map(|f| {
        let mut p = Practices::all_compliant();
        p.set(f, Practice::Violating);
        p
    }));
    // And a spread of mixed apps, where one failure can lead to another.
    sets.extend((1..=64u16).map(|k| Practices::from_bits(k.wrapping_mul(0x9e37) & 0xfff)));
    let mut unknown = Vec::new();
    for p in sets {
        for seed in 1..=4 {
            let mut quiet = ChaosRun::new(seed, p);
            quiet.run_to(25 * TICK_HZ);
            let before = reasons(&quiet);
            for e in Input::ALL_EVENTS {
                let mut run = ChaosRun::new(seed, p);
                run.run_to(2 * TICK_HZ);
                run.send(e);
                run.run_to(25 * TICK_HZ);
                let seen = reasons(&run);
                // A full disk crashes instances, and a crash can lead to what a restart can:
                // `can_cause` leaves those to restart-like events on purpose (see its docs).
                let after_a_disk_crash =
                    |r: Reason| e == Input::FillDisk && seen.contains(&Reason::DiskFull) && tfp_engine::chaos::can_cause(Input::CrashInstance, r);
                for r in seen.iter().copied().filter(|r| !before.contains(r) && !after_a_disk_crash(*r)) {
                    if !tfp_engine::chaos::can_cause(e, r) {
                        unknown.push(format!("{e:?} → {r:?} (violated: {:#05x}, seed {seed})", p.to_bits()));
                    }
                }
            }
        }
    }
    unknown.dedup();
    assert!(unknown.is_empty(), "failures can_cause does not know an event brings:\n{}", unknown.join("\n"));
}
