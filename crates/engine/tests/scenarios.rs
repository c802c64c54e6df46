//! Every lesson scenario: the twelve-factor way survives its trigger (it may lose a few
//! requests to trouble any app meets, never to a factor, and recovers), the violating way
//! breaks within a bounded simulated time with its own factor named in the diagnosis.

use tfp_engine::{Factor, Input, Scenario, Status, World, SCENARIOS, TICK_HZ};

/// Simulated seconds a violation may take to break the deployment.
const BREAK_WITHIN_S: u64 = 25;
/// Simulated seconds the compliant app is watched after its trigger.
const WATCH_S: u64 = 40;

fn run(world: &mut World, seconds: u64) {
    for _ in 0..seconds * TICK_HZ {
        world.step();
        if let Err(e) = world.check_invariants() {
            panic!("tick {}: {e}", world.tick());
        }
    }
}

fn triggered(s: &Scenario, violating: bool, seed: u64) -> World {
    let mut w = World::for_scenario(s, violating, seed);
    run(&mut w, 3);
    assert_eq!(w.status(), Status::Healthy, "{}: not healthy before the trigger ({:?})", s.id(), w.diagnoses().collect::<Vec<_>>());
    w.apply(s.trigger());
    w
}

fn factor_reasons(w: &World) -> Vec<String> {
    w.diagnoses().filter(|(d, _)| d.factor().is_some()).map(|(d, n)| format!("{:?}×{n}", d.reason)).collect()
}

#[test]
fn compliant_survives_every_trigger() {
    for s in &SCENARIOS {
        for seed in 1..=5 {
            let mut w = triggered(s, false, seed);
            if s.factor == Factor::BuildReleaseRun {
                // A bug that passes readiness goes live in any app; the twelve-factor fix is
                // a rollback, a moment after the failures start.
                run(&mut w, 2);
                w.apply(Input::Rollback);
            }
            run(&mut w, WATCH_S);
            assert_ne!(w.status(), Status::Broken, "{} seed {seed}: compliant broke: {:?}", s.id(), w.incident());
            assert!(factor_reasons(&w).is_empty(), "{} seed {seed}: {:?}", s.id(), factor_reasons(&w));
            // Only the database failover (the seconds a restart takes) and a shipped bug (until
            // the rollback) cost requests; both bounded.
            let lost = w.counters().failed + w.counters().dropped;
            let allowed = match s.factor {
                Factor::BackingServices => 80,
                Factor::BuildReleaseRun => 30,
                _ => 0,
            };
            assert!(lost <= allowed, "{} seed {seed}: compliant lost {lost} requests: {:?}", s.id(), w.diagnoses().collect::<Vec<_>>());
            assert_eq!(w.status_now(), Status::Healthy, "{} seed {seed}: did not recover", s.id());
        }
    }
}

#[test]
fn compliant_never_blames_a_factor_under_its_actions() {
    for s in &SCENARIOS {
        let mut w = World::for_scenario(s, false, 11);
        run(&mut w, 2);
        for a in s.actions {
            w.apply(a.input);
            run(&mut w, 6);
        }
        run(&mut w, 10);
        assert!(factor_reasons(&w).is_empty(), "{}: {:?}", s.id(), factor_reasons(&w));
        assert_eq!(w.incident().and_then(|d| d.factor()), None, "{}", s.id());
    }
}

#[test]
fn violation_breaks_with_its_factor_named() {
    for s in &SCENARIOS {
        for seed in 1..=20 {
            let mut w = World::for_scenario(s, true, seed);
            run(&mut w, 3);
            assert_eq!(w.status(), Status::Healthy, "{}: not healthy before the first press", s.id());
            // The buttons once each, in order, as a learner who does not think would.
            for a in s.actions {
                w.apply(a.input);
                run(&mut w, 6);
            }
            let mut broke_at = None;
            for t in 0..BREAK_WITHIN_S * TICK_HZ {
                if w.status() == Status::Broken {
                    broke_at = Some(t);
                    break;
                }
                w.step();
            }
            let at = broke_at.unwrap_or_else(|| panic!("{} seed {seed}: never broke; saw {:?}", s.id(), w.diagnoses().collect::<Vec<_>>()));
            let incident = w.incident().expect("a broken world has an incident");
            assert_eq!(incident.factor(), Some(s.factor), "{} seed {seed}: blamed {:?} at {at}", s.id(), incident.reason);
        }
    }
}

#[test]
fn reset_returns_to_healthy() {
    let s = Scenario::for_factor(Factor::Processes);
    let mut w = triggered(s, true, 3);
    run(&mut w, 5);
    assert_eq!(w.status(), Status::Broken);
    w.reset();
    assert_eq!(w.status(), Status::Healthy);
    assert_eq!(w.tick(), 0);
    assert_eq!(w.counters().generated, 0);
}

#[test]
fn metrics_are_known_and_unknown_is_none() {
    let w = World::for_scenario(&SCENARIOS[0], false, 1);
    for m in World::METRICS {
        assert!(w.metric(m).is_some(), "{m}");
    }
    assert_eq!(w.metric("nope"), None);
    assert_eq!(w.metric("compliant"), Some(1));
    assert_eq!(World::for_scenario(&SCENARIOS[0], true, 1).metric("compliant"), Some(0));
}

#[test]
fn traffic_flows_when_healthy() {
    let mut w = World::for_scenario(&SCENARIOS[0], false, 9);
    run(&mut w, 10);
    let c = w.counters();
    assert!(c.served > 150, "served only {}", c.served);
    assert_eq!(c.failed + c.dropped, 0);
    let _ = Input::Deploy;
}
