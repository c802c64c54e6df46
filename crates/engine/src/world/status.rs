//! Status bookkeeping: the one-second window, the latch that remembers a break, and the
//! diagnosis of what caused it.

use super::{World, TICK_HZ};
use crate::{Diagnosis, Reason, Status};

const WINDOW: usize = TICK_HZ as usize;
const SERVED: usize = Reason::COUNT;
/// Failures in at least half of the outcomes of the last second (with this many at least),
/// sustained for this long: an outage, whatever its cause…
const BROKEN_MIN_FAILURES: u32 = 8;
const OUTAGE_TICKS: u32 = 3 * TICK_HZ as u32;
/// …or failures that belong to a factor in every second for this long: a persistent error
/// the factor explains. (Errors with no factor, such as a shipped bug, leave the app
/// degraded until someone acts; they break it only as an outage.)
const PROLONGED_TICKS: u32 = 6 * TICK_HZ as u32;
const LATENCIES: usize = 128;

/// Per-tick counts for the last second, the break latch and the latency sample.
#[derive(Clone, Debug)]
pub(crate) struct Tracker {
    window: [[u16; Reason::COUNT + 1]; WINDOW],
    sums: [u32; Reason::COUNT + 1],
    slot: usize,
    degraded_for: u32,
    outage_for: u32,
    pub(crate) now: Status,
    pub(crate) broken_by: Option<Diagnosis>,
    pub(crate) seen: [Option<(u64, u32)>; Reason::COUNT],
    latencies: [u16; LATENCIES],
    latency_next: usize,
    latency_len: usize,
}

impl Default for Tracker {
    fn default() -> Self {
        Tracker {
            window: [[0; Reason::COUNT + 1]; WINDOW],
            sums: [0; Reason::COUNT + 1],
            slot: 0,
            degraded_for: 0,
            outage_for: 0,
            now: Status::Healthy,
            broken_by: None,
            seen: [None; Reason::COUNT],
            latencies: [0; LATENCIES],
            latency_next: 0,
            latency_len: 0,
        }
    }
}

impl Tracker {
    /// Move the window on by one tick, forgetting the oldest.
    pub(crate) fn begin_tick(&mut self) {
        self.slot = (self.slot + 1) % WINDOW;
        for (sum, old) in self.sums.iter_mut().zip(self.window[self.slot].iter_mut()) {
            *sum -= u32::from(*old);
            *old = 0;
        }
    }

    pub(crate) fn served(&mut self, latency_ticks: u16) {
        self.window[self.slot][SERVED] += 1;
        self.sums[SERVED] += 1;
        self.latencies[self.latency_next] = latency_ticks;
        self.latency_next = (self.latency_next + 1) % LATENCIES;
        self.latency_len = (self.latency_len + 1).min(LATENCIES);
    }

    pub(crate) fn failed(&mut self, reason: Reason) {
        self.window[self.slot][reason.index()] += 1;
        self.sums[reason.index()] += 1;
    }

    fn failures(&self) -> u32 {
        self.sums[..Reason::COUNT].iter().sum()
    }

    /// (served, failed or dropped) over the last second.
    pub(crate) fn window_totals(&self) -> (u32, u32) {
        (self.sums[SERVED], self.failures())
    }

    pub(crate) fn overall(&self) -> Status {
        if self.broken_by.is_some() {
            Status::Broken
        } else {
            self.now
        }
    }

    /// The reason with most failures in the window, preferring ones that belong to a factor.
    fn dominant(&self) -> Option<Reason> {
        let best = |with_factor: bool| {
            Reason::ALL.iter().filter(|r| r.factor().is_some() == with_factor && self.sums[r.index()] > 0).max_by_key(|r| self.sums[r.index()]).copied()
        };
        best(true).or_else(|| best(false))
    }

    pub(crate) fn latency_ms(&self) -> (u32, u32) {
        if self.latency_len == 0 {
            return (0, 0);
        }
        let mut sorted = self.latencies;
        let sample = &mut sorted[..self.latency_len];
        sample.sort_unstable();
        let at = |q: usize| u32::from(sample[(sample.len() - 1) * q / 100]) * 1000 / TICK_HZ as u32;
        (at(50), at(95))
    }
}

pub(crate) fn note(w: &mut World, reason: Reason) {
    let tick = w.tick;
    let entry = &mut w.status.seen[reason.index()];
    *entry = Some(match *entry {
        Some((first, n)) => (first, n.saturating_add(1)),
        None => (tick, 1),
    });
    if reason.is_critical() && w.status.broken_by.is_none() {
        w.status.broken_by = Some(Diagnosis { reason, tick });
    }
}

/// Recompute the status after a step.
pub(crate) fn update(w: &mut World) {
    use super::{Phase, NEW_COLUMN, OLD_COLUMN};
    let t = &mut w.status;
    let (served, failures) = t.window_totals();
    let majority = failures >= BROKEN_MIN_FAILURES && failures * 2 >= served + failures;
    // Errors that come and go at a low rate still add up: a quiet tick only takes one back.
    t.degraded_for = if failures > 0 { t.degraded_for + 1 } else { t.degraded_for.saturating_sub(1) };
    t.outage_for = if majority { t.outage_for + 1 } else { 0 };
    let dominant = t.dominant();
    let persistent = t.degraded_for >= PROLONGED_TICKS && dominant.is_some_and(|r| r.factor().is_some());
    let breaking = t.outage_for >= OUTAGE_TICKS || persistent;
    if breaking && t.broken_by.is_none() {
        if let Some(reason) = dominant {
            t.broken_by = Some(Diagnosis { reason, tick: w.tick });
        }
    }
    let release = w.releases[w.current as usize];
    let needs = if release.new_column { NEW_COLUMN } else { OLD_COLUMN };
    let node_trouble = w.instances.iter().any(|i| i.phase == Phase::Crashed || (i.phase == Phase::Running && !i.db_login_ok))
        || !w.services.db_up(release.db)
        || w.services.columns & needs == 0;
    t.now = if breaking {
        Status::Broken
    } else if failures > 0 || node_trouble {
        Status::Degraded
    } else {
        Status::Healthy
    };
    for inst in w.instances.iter_mut() {
        // A node stops counting as failing a few seconds after its last failure.
        if inst.recent_failures > 0 {
            inst.recent_failures -= 1;
        }
    }
}
