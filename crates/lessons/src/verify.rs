//! Checks that a lesson's challenge is fair: its `solve:` run reaches the goal in the
//! twelve-factor way, and the same run with the factor violated does not. Used by the
//! content tests and by `cargo run -p tfp-lessons --example check`.

use crate::{Block, Check, Lesson};
use tfp_engine::{Input, Scenario, World, TICK_HZ};

/// Simulated seconds before the first solution event.
pub const WARM_UP_S: u64 = 3;
/// Simulated seconds between solution events.
pub const BETWEEN_S: u64 = crate::SOLVE_GAP_S;
/// Simulated seconds the goal may take to be met after the last event.
pub const SETTLE_S: u64 = 30;

/// Replay `solve` on a lesson world; returns the simulated second at which every check in
/// `checks` held at once, or `None` if that never happened.
pub fn replay(scenario: &Scenario, violating: bool, seed: u64, solve: &[Input], checks: &[&Check]) -> Option<u64> {
    let mut w = World::for_scenario(scenario, violating, seed);
    let met = |w: &World| checks.iter().all(|c| c.holds(|m| w.metric(m)));
    let run = |w: &mut World, seconds: u64| -> Option<u64> {
        for _ in 0..seconds * TICK_HZ {
            w.step();
            if met(w) {
                return Some(w.tick() / TICK_HZ);
            }
        }
        None
    };
    if let Some(at) = run(&mut w, WARM_UP_S) {
        return Some(at);
    }
    for input in solve {
        w.apply(*input);
        if let Some(at) = run(&mut w, BETWEEN_S) {
            return Some(at);
        }
    }
    run(&mut w, SETTLE_S)
}

/// Verify a lesson's challenge against the engine, for a few seeds. The introduction
/// (no scenario) passes trivially.
pub fn verify_challenge(lesson: &Lesson) -> Result<(), String> {
    let Some(id) = lesson.meta.scenario.as_deref() else { return Ok(()) };
    let scenario = Scenario::by_id(id).ok_or_else(|| format!("unknown scenario `{id}`"))?;
    let Some((checks, solve)) = lesson.blocks.iter().find_map(|b| match b {
        Block::Challenge { checks, solve, .. } => Some((checks, solve)),
        _ => None,
    }) else {
        return Err("no challenge".into());
    };
    let inputs: Vec<Input> = solve.iter().map(|c| Input::from_code(c).ok_or_else(|| format!("unknown event `{c}`"))).collect::<Result<_, _>>()?;
    let all: Vec<&Check> = checks.iter().collect();
    // Without the `compliant` condition, so the violating run must fail on substance.
    let substantive: Vec<&Check> = checks.iter().filter(|c| c.metric != "compliant").collect();
    if substantive.is_empty() {
        return Err("the challenge checks nothing but `compliant`".into());
    }
    if checks.iter().all(|c| c.holds(|m| World::for_scenario(scenario, false, 1).metric(m))) {
        return Err("the challenge is already met before the learner does anything".into());
    }
    for seed in 1..=5 {
        if replay(scenario, false, seed, &inputs, &all).is_none() {
            return Err(format!("seed {seed}: the `solve:` run does not meet the goal in the twelve-factor way"));
        }
        if let Some(at) = replay(scenario, true, seed, &inputs, &substantive) {
            return Err(format!("seed {seed}: the `solve:` run meets the goal (apart from `compliant`) even with the factor violated, at {at} s; the goal should need the twelve-factor way"));
        }
    }
    Ok(())
}
