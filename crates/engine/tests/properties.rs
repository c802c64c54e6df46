//! Property tests over arbitrary practices and input sequences: no panics, every request and
//! job accounted for, and the same seed and inputs always give the same run.

use proptest::prelude::*;
use tfp_engine::{Factor, Input, Practice, Practices, Scenario, Status, World, SCENARIOS, TICK_HZ};

fn any_input() -> impl Strategy<Value = Input> {
    prop_oneof![
        8 => (0..Input::EVENTS.len()).prop_map(|i| Input::EVENTS[i]),
        1 => (0..12usize, any::<bool>()).prop_map(|(f, v)| Input::SetPractice(
            Factor::ALL[f],
            if v { Practice::Violating } else { Practice::Compliant }
        )),
    ]
}

/// A schedule: (ticks to wait, input to send).
fn any_schedule() -> impl Strategy<Value = Vec<(u16, Input)>> {
    prop::collection::vec((0u16..400, any_input()), 0..40)
}

fn play(seed: u64, bits: u16, web: usize, schedule: &[(u16, Input)]) -> (World, Vec<u64>) {
    let mut w = World::new(seed, Practices::from_bits(bits), web, 2);
    let mut trace = Vec::new();
    for (wait, input) in schedule {
        for _ in 0..*wait {
            w.step();
        }
        w.apply(*input);
        trace.push(w.trace_hash());
        if let Err(e) = w.check_invariants() {
            panic!("after {input:?} at tick {}: {e}", w.tick());
        }
    }
    for _ in 0..4 * TICK_HZ {
        w.step();
    }
    trace.push(w.trace_hash());
    (w, trace)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_runs_conserve_and_never_panic(seed: u64, bits in 0u16..0x1000, web in 1usize..6, schedule in any_schedule()) {
        let (w, _) = play(seed, bits, web, &schedule);
        prop_assert!(w.check_invariants().is_ok(), "{:?}", w.check_invariants());
        // A broken world always says why.
        prop_assert_eq!(w.status() == Status::Broken, w.incident().is_some());
    }

    #[test]
    fn same_seed_and_inputs_same_trace(seed: u64, bits in 0u16..0x1000, schedule in any_schedule()) {
        let (_, a) = play(seed, bits, 3, &schedule);
        let (_, b) = play(seed, bits, 3, &schedule);
        prop_assert_eq!(a, b);
    }

    /// In the twelve-factor way a lesson's app can still meet trouble any app meets (a shipped
    /// bug, a dead database host, a migration step run too early), but no failure is ever
    /// blamed on a factor, and it never breaks with a factor named.
    #[test]
    fn compliant_lesson_never_blames_a_factor(
        scenario in 0usize..12, seed: u64,
        presses in prop::collection::vec((0usize..3, 16u16..600), 1..6)
    ) {
        let s = &SCENARIOS[scenario];
        let mut w = World::for_scenario(s, false, seed);
        for (action, wait) in presses {
            let a = s.actions[action % s.actions.len()];
            w.apply(a.input);
            for _ in 0..wait { w.step(); }
        }
        for _ in 0..20 * TICK_HZ { w.step(); }
        let blamed: Vec<_> = w.diagnoses().filter(|(d, _)| d.factor().is_some()).collect();
        prop_assert!(blamed.is_empty(), "{}: {:?}", s.id(), blamed);
        prop_assert_eq!(w.incident().and_then(|d| d.factor()), None);
    }

    /// The violating way, with the scenario's buttons pressed once each in order (what a
    /// learner who does not think would do), always breaks with its own factor named.
    #[test]
    fn violating_lesson_always_breaks_with_its_factor(scenario in 0usize..12, seed: u64, warmup in 0u16..400) {
        let s: &Scenario = &SCENARIOS[scenario];
        let mut w = World::for_scenario(s, true, seed);
        for _ in 0..warmup { w.step(); }
        for a in s.actions {
            w.apply(a.input);
            for _ in 0..6 * TICK_HZ { w.step(); }
        }
        let mut ticks = 0;
        while w.status() != Status::Broken && ticks < 25 * TICK_HZ {
            w.step();
            ticks += 1;
        }
        prop_assert_eq!(w.status(), Status::Broken, "{} never broke", s.id());
        prop_assert_eq!(w.incident().and_then(|d| d.factor()), Some(s.factor));
    }
}

#[test]
fn different_seeds_differ() {
    let (_, a) = play(1, 0, 3, &[(200, Input::TrafficSpike)]);
    let (_, b) = play(2, 0, 3, &[(200, Input::TrafficSpike)]);
    assert_ne!(a, b);
}
