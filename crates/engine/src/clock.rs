//! The fixed-timestep clock: how many engine steps a frame of real time owes. The world only
//! ever moves in whole steps of 1/[`TICK_HZ`] s, whatever the display's frame rate, so a run is
//! the same on every machine; this turns the browser's frame times into those steps (as Bevy's
//! fixed-timestep example does), with the speed multiplier, a clamp on long gaps and a cap
//! per frame.

use crate::TICK_HZ;

/// Milliseconds of simulated time per engine step.
pub const STEP_MS: f64 = 1000.0 / TICK_HZ as f64;
/// The longest gap between two frames that counts: a tab that was in the background, or a
/// debugger pause, does not make the world jump ahead.
pub const MAX_GAP_MS: f64 = 250.0;
/// The most steps one frame may take, so a slow device catches up gradually instead of
/// stalling; what is owed beyond it is dropped (the run slows down rather than freezes).
pub const MAX_STEPS_PER_FRAME: u32 = 24;

/// Real time owed to the simulation between frames.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FrameClock {
    last_ms: Option<f64>,
    owed_ms: f64,
}

impl FrameClock {
    /// A clock that has seen no frame yet.
    pub const fn new() -> FrameClock {
        FrameClock { last_ms: None, owed_ms: 0.0 }
    }

    /// A frame at `now_ms` (a monotonic clock, e.g. `performance.now()`), at `speed`× real
    /// time: the whole steps to run now. The first frame after [`FrameClock::pause`] starts
    /// the clock and owes nothing.
    pub fn frame(&mut self, now_ms: f64, speed: u32) -> u32 {
        let elapsed = self.last_ms.map_or(0.0, |last| (now_ms - last).clamp(0.0, MAX_GAP_MS));
        self.last_ms = Some(now_ms);
        self.owed_ms += elapsed * f64::from(speed);
        let steps = (self.owed_ms / STEP_MS) as u32;
        self.owed_ms -= f64::from(steps) * STEP_MS;
        if steps > MAX_STEPS_PER_FRAME {
            self.owed_ms = 0.0;
            return MAX_STEPS_PER_FRAME;
        }
        steps
    }

    /// Stop: time until the next frame (paused, off screen) is not owed.
    pub fn pause(&mut self) {
        *self = FrameClock::new();
    }

    /// Drop the fraction of a step owed (the world was just stepped or replaced by hand).
    pub fn settle(&mut self) {
        self.owed_ms = 0.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Frames every `every_ms` for `for_ms`, at `speed`: the steps run in total.
    fn run(clock: &mut FrameClock, start: f64, every_ms: f64, for_ms: f64, speed: u32) -> u32 {
        let mut t = start;
        let mut steps = clock.frame(t, speed);
        while t < start + for_ms - 1e-9 {
            t += every_ms;
            steps += clock.frame(t, speed);
        }
        steps
    }

    #[test]
    fn the_first_frame_starts_the_clock_and_owes_nothing() {
        let mut c = FrameClock::new();
        assert_eq!(c.frame(12_345.0, 10), 0);
    }

    #[test]
    fn a_second_of_frames_is_a_second_of_steps_at_any_frame_rate() {
        for every in [1000.0 / 60.0, 1000.0 / 144.0, 1000.0 / 30.0, 7.3] {
            let steps = run(&mut FrameClock::new(), 100.0, every, 1000.0, 1);
            assert!((TICK_HZ as u32 - 1..=TICK_HZ as u32).contains(&steps), "{every} ms frames: {steps} steps");
        }
    }

    #[test]
    fn speed_multiplies_the_steps() {
        let steps = run(&mut FrameClock::new(), 0.0, 1000.0 / 60.0, 1000.0, 3);
        assert!((3 * TICK_HZ as u32 - 1..=3 * TICK_HZ as u32).contains(&steps), "{steps}");
    }

    #[test]
    fn a_long_gap_counts_as_a_quarter_second_at_most() {
        let mut c = FrameClock::new();
        c.frame(0.0, 1);
        assert_eq!(c.frame(10_000.0, 1), (MAX_GAP_MS / STEP_MS) as u32);
        // Time running backwards (a clock change) owes nothing.
        assert_eq!(c.frame(5_000.0, 1), 0);
    }

    #[test]
    fn a_frame_takes_at_most_the_cap_and_drops_the_rest() {
        let mut c = FrameClock::new();
        c.frame(0.0, 10);
        assert_eq!(c.frame(MAX_GAP_MS, 10), MAX_STEPS_PER_FRAME);
        // Nothing left owed: the next 16 ms frame owes its own share only.
        assert_eq!(c.frame(MAX_GAP_MS + 16.0, 10), (160.0 / STEP_MS) as u32);
    }

    #[test]
    fn pausing_forgets_the_time_in_between() {
        let mut c = FrameClock::new();
        c.frame(0.0, 1);
        c.frame(100.0, 1);
        c.pause();
        assert_eq!(c.frame(60_000.0, 1), 0);
        assert_eq!(c.frame(60_000.0 + 1000.0 / 64.0 + 0.01, 1), 1);
    }
}
