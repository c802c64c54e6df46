//! The sandbox's rules: the all-compliant app survives every event; each single violated
//! factor makes at least one event fail with that factor named; random chaos never panics,
//! keeps every request accounted for, and replays identically.

use proptest::prelude::*;
use tfp_engine::chaos::{ChaosRun, Outcome};
use tfp_engine::{Factor, Input, Practice, Practices, Status, TICK_HZ};

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
