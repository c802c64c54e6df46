//! A planned run: events at set ticks from a fresh world. One definition of how a written
//! sequence (a challenge's `solve:` line, say) becomes timed inputs, shared by the content
//! verifier and the app's "replay the solution", so the learner sees the run the tests checked.
//!
//! A step is an event code (`deploy`), optionally with the seconds to wait after the
//! previous step (`rollback@2`); without it, steps are [`GAP_S`] apart. The first step comes
//! [`WARM_UP_S`] seconds after the start.

use crate::{Input, TICK_HZ};

/// Simulated seconds before the first step.
pub const WARM_UP_S: u64 = 2;
/// Simulated seconds between steps that do not say otherwise.
pub const GAP_S: u64 = 6;
/// The longest wait a step may ask for.
pub const MAX_WAIT_S: u64 = 60;

/// Simulated seconds a challenge's conditions must hold without a break to count as met:
/// a goal is a state the app settles in, not a moment before the damage shows.
pub const HOLD_S: u64 = 5;

/// Judges a goal over a run: met once its conditions have held for [`HOLD_S`] seconds
/// without a break, and met for good from then on (in that run).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hold {
    since: Option<u64>,
    met: bool,
}

impl Hold {
    /// Record whether the conditions hold at `tick`; returns whether the goal is met.
    pub fn observe(&mut self, tick: u64, holds: bool) -> bool {
        if holds {
            let since = *self.since.get_or_insert(tick);
            if tick - since >= HOLD_S * TICK_HZ {
                self.met = true;
            }
        } else {
            self.since = None;
        }
        self.met
    }

    /// Whether the goal has been met in this run.
    pub fn met(&self) -> bool {
        self.met
    }

    /// While the conditions hold but not yet for long enough: whole seconds still to go.
    pub fn to_go(&self, tick: u64) -> Option<u64> {
        match (self.met, self.since) {
            (false, Some(since)) => Some((since + HOLD_S * TICK_HZ).saturating_sub(tick).div_ceil(TICK_HZ)),
            _ => None,
        }
    }
}

/// Why a written step cannot be run. Only content authors meet it (a challenge's `solve:`
/// line is checked when the lessons are built); `tfp_lessons::parse::step_error` words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepError {
    /// What follows `@` is not a whole number of seconds.
    NotSeconds(String),
    /// The step waits longer than [`MAX_WAIT_S`].
    TooLong { step: String, seconds: u64 },
    /// No event has this code.
    UnknownEvent(String),
}

/// Parse one step: `code` or `code@seconds`.
pub fn step(text: &str) -> Result<(Input, Option<u64>), StepError> {
    let (code, wait) = match text.trim().split_once('@') {
        Some((code, secs)) => {
            let s: u64 = secs.trim().parse().map_err(|_| StepError::NotSeconds(secs.trim().to_string()))?;
            if s > MAX_WAIT_S {
                return Err(StepError::TooLong { step: text.trim().to_string(), seconds: s });
            }
            (code.trim(), Some(s))
        }
        None => (text.trim(), None),
    };
    let input = Input::from_code(code).ok_or_else(|| StepError::UnknownEvent(code.to_string()))?;
    Ok((input, wait))
}

/// The ticks (from tick 0) at which each step's event is sent.
pub fn schedule<S: AsRef<str>>(steps: &[S]) -> Result<Vec<(u64, Input)>, StepError> {
    let mut at = WARM_UP_S * TICK_HZ;
    let mut out = Vec::with_capacity(steps.len());
    for (i, s) in steps.iter().enumerate() {
        let (input, wait) = step(s.as_ref())?;
        if i > 0 {
            at += wait.unwrap_or(GAP_S) * TICK_HZ;
        }
        out.push((at, input));
    }
    Ok(out)
}

/// The naive plan for a list of inputs: each once, [`GAP_S`] apart.
pub fn each_once(inputs: impl IntoIterator<Item = Input>) -> Vec<(u64, Input)> {
    inputs.into_iter().enumerate().map(|(i, input)| ((WARM_UP_S + i as u64 * GAP_S) * TICK_HZ, input)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_spaced_and_may_say_how_long_to_wait() {
        let plan = schedule(&["bad-change", "rollback@2", "deploy"]).unwrap();
        assert_eq!(plan, vec![(2 * TICK_HZ, Input::ShipBadChange), (4 * TICK_HZ, Input::Rollback), (10 * TICK_HZ, Input::Deploy)]);
        assert_eq!(each_once([Input::Deploy, Input::Rollback]), schedule(&["deploy", "rollback"]).unwrap());
    }

    #[test]
    fn a_goal_must_hold_for_a_while_and_then_stays_met() {
        let mut h = Hold::default();
        assert!(!h.observe(10, true));
        assert_eq!(h.to_go(10), Some(HOLD_S));
        assert!(!h.observe(20, false), "a break starts the wait again");
        assert!(!h.observe(30, true));
        assert!(!h.observe(30 + HOLD_S * TICK_HZ - 1, true));
        assert!(h.observe(30 + HOLD_S * TICK_HZ, true));
        assert!(h.observe(400, false), "once met, met for the run");
        assert_eq!(h.to_go(400), None);
    }

    #[test]
    fn bad_steps_say_why() {
        assert_eq!(schedule(&["deploy", "nope"]), Err(StepError::UnknownEvent("nope".into())));
        assert_eq!(schedule(&["deploy@x"]), Err(StepError::NotSeconds("x".into())));
        assert_eq!(schedule(&["deploy@ 999"]), Err(StepError::TooLong { step: "deploy@ 999".into(), seconds: 999 }));
        assert_eq!(schedule(&["deploy@60"]).map(|p| p.len()), Ok(1));
    }
}
