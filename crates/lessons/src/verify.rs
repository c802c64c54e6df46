//! Checks that a lesson's challenge is fair and needs its idea. For a few seeds, three runs
//! are replayed on the engine (timed by `tfp_engine::plan`, as the app's replay is):
//! - the `solve:` run in the twelve-factor way must meet the goal;
//! - the same run with the factor violated must not (apart from the `compliant` check);
//! - the naive run, the twelve-factor way with each of the scenario's buttons pressed once in
//!   order, must not: the switch and the buttons alone do not pass.
//!
//! Used by the content tests and by `cargo run -p tfp-lessons --example check`.

use crate::{Block, Check, Lesson};
use tfp_engine::chaos::ChaosRun;
use tfp_engine::{plan, Input, Scenario, World, TICK_HZ};

/// Simulated seconds the goal may take to be met after the last event.
pub const SETTLE_S: u64 = 30;

/// Play `plan` (events at ticks) on a lesson world; returns the simulated second at which
/// the goal was met (every check in `checks` held for `plan::HOLD_S` seconds, as the app
/// judges it), or `None` if that never happened.
/// Played as the app plays it ([`ChaosRun::play`]).
pub fn replay(scenario: &Scenario, violating: bool, seed: u64, plan: &[(u64, Input)], checks: &[&Check]) -> Option<u64> {
    let mut run = ChaosRun::from_world(World::for_scenario(scenario, violating, seed));
    let mut hold = plan::Hold::default();
    let met = |w: &World| hold.observe(w.tick(), checks.iter().all(|c| c.holds(|m| w.metric(m))));
    let end = plan.last().map_or(0, |(t, _)| *t) + (SETTLE_S + plan::HOLD_S) * TICK_HZ;
    run.play_until(plan, end, met).map(|tick| tick / TICK_HZ)
}

/// Verify a lesson's challenge against the engine, for a few seeds. A lesson without a
/// scenario (the introduction, a reading lesson) has no challenge and passes trivially.
pub fn verify_challenge(lesson: &Lesson) -> Result<(), String> {
    let Some(id) = lesson.meta.scenario.as_deref() else { return Ok(()) };
    let scenario = Scenario::by_id(id).ok_or_else(|| format!("unknown scenario `{id}`"))?;
    let Some((checks, solve)) = lesson.blocks.iter().find_map(|b| match b {
        Block::Challenge { checks, solve, .. } => Some((checks, solve)),
        _ => None,
    }) else {
        return Err("no challenge".into());
    };
    let solution = plan::schedule(solve).map_err(|e| crate::parse::step_error(&e))?;
    let naive = plan::each_once(scenario.actions.iter().map(|a| a.input));
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
        if replay(scenario, false, seed, &solution, &all).is_none() {
            return Err(format!("seed {seed}: the `solve:` run does not meet the goal in the twelve-factor way"));
        }
        if let Some(at) = replay(scenario, true, seed, &solution, &substantive) {
            return Err(format!("seed {seed}: the `solve:` run meets the goal (apart from `compliant`) even with the factor violated, at {at} s; the goal should need the twelve-factor way"));
        }
        if let Some(at) = replay(scenario, false, seed, &naive, &all) {
            return Err(format!("seed {seed}: pressing each button once, in order, the twelve-factor way meets the goal at {at} s; the goal should need the idea, not just the switch"));
        }
    }
    Ok(())
}
