//! Words that both the static pages and the app show, so the two cannot drift apart.

/// Words for a challenge condition: `requests lost ≤ 0`.
pub fn describe(check: &crate::Check) -> String {
    let name = match check.metric.as_ref() {
        "compliant" => return if check.holds(|_| Some(1)) { "the switch is on the twelve-factor way".into() } else { "the switch is on the violating way".into() },
        "broken" => return if check.holds(|_| Some(0)) { "nothing breaks".into() } else { "the deployment breaks".into() },
        other => tfp_engine::World::METRICS.iter().find(|(n, _)| *n == other).map_or(other, |(_, words)| *words),
    };
    format!("{name} {} {}", check.cmp.sign(), check.value)
}

/// The text of the challenge's note (the same words the app shows).
pub fn challenge_note() -> String {
    format!(
        "Checked live against the simulation above, on the current run (flipping the switch or resetting starts a new run). The goal is met once every condition has held for {} simulated seconds.",
        tfp_engine::plan::HOLD_S
    )
}

/// The prediction's line before it is answered.
pub const PREDICT_HINT: &str = "Pick an answer, then run the simulation below; the answer appears once you have run the violating way. ";

